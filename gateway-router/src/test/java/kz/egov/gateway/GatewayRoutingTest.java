package kz.egov.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import kz.egov.contract.envelope.Envelope;
import kz.egov.contract.envelope.EnvelopeCodec;
import kz.egov.contract.envelope.Envelopes;
import kz.egov.contract.envelope.MessageType;
import kz.egov.contract.message.PersonRecord;
import kz.egov.contract.message.ProviderAcknowledgement;
import kz.egov.contract.message.ResultDocument;
import kz.egov.contract.message.ResultKind;
import kz.egov.contract.message.ServiceRequest;
import kz.egov.contract.message.SignerRole;
import kz.egov.contract.message.StatusChange;
import kz.egov.contract.message.TechnicalReceipt;
import kz.egov.contract.status.BusinessStatus;
import kz.egov.contract.status.TechnicalStatus;
import kz.egov.contract.topic.Topics;
import kz.egov.eds.verify.EdsVerifier;
import kz.egov.reference.Participants;
import kz.egov.testinfra.EgovInfrastructureResource;
import kz.egov.testinfra.TestParticipant;
import kz.egov.testinfra.TestPeople;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The happy path through ШЭП/РШЭП: verify, route to the provider of the citizen's district, carry everything back. */
@QuarkusTest
@QuarkusTestResource(value = EgovInfrastructureResource.class, restrictToAnnotatedClass = false)
class GatewayRoutingTest {

    static TestParticipant portal;
    static TestParticipant providers;

    @Inject
    EdsVerifier verifier;

    @BeforeAll
    static void participants() {
        portal = new TestParticipant("portal", Topics.TO_PORTAL);
        providers = new TestParticipant("ec-4310", Topics.TO_PROVIDERS);
    }

    @AfterAll
    static void close() {
        portal.close();
        providers.close();
    }

    @Test
    void portalRequestIsRoutedToTheProviderOfTheCitizensDistrictAndEverythingComesBack() throws Exception {
        PersonRecord citizen = Citizens.livingIn("43101");
        TestPeople.PersonKey key = TestPeople.citizen(citizen);
        ServiceRequest request = Citizens.portalRequest(citizen, "JOB_SEEKER_REGISTRATION", List.of());
        byte[] document = EnvelopeCodec.encode(request);
        Envelope sent = portal.sendBytes(MessageType.SERVICE_REQUEST, request.serviceCode(), request.requestId(), null,
                document, key.sign(document));

        // step 7: a new envelope to the provider carrying the original untouched plus the gateway's enrichment
        Envelope forwarded = providers.await(request.requestId(), MessageType.SERVICE_REQUEST);
        assertThat(forwarded.sender()).isEqualTo("gateway");
        assertThat(forwarded.recipient()).isEqualTo("ec-4310");
        assertThat(Envelopes.unwrap(forwarded)).isEqualTo(sent);
        Envelopes.VerifiedChain chain = Envelopes.verifyChain(forwarded, verifier.forRole(SignerRole.SYSTEM),
                verifier.forRole(SignerRole.CITIZEN), java.time.Instant.now());
        assertThat(chain.person().iin()).isEqualTo(citizen.iin());
        JsonNode enrichment = EnvelopeCodec.json().readTree(new String(forwarded.enrichment(), java.nio.charset.StandardCharsets.UTF_8));
        assertThat(enrichment.at("/routing/variantCode").asText()).isEqualTo("V06");
        assertThat(enrichment.at("/routing/katoPrefix").asText()).isEqualTo("4310");
        assertThat(enrichment.at("/person/addressKato").asText()).isEqualTo(citizen.addressKato());
        // condition 2 as the gateway found it, handed on: the signer, the certificate, the revocation check, when
        JsonNode check = enrichment.path("signatureCheck");
        assertThat(check.path("role").asText()).isEqualTo("CITIZEN");
        assertThat(check.path("signerIin").asText()).isEqualTo(citizen.iin());
        assertThat(check.path("certificateSerial").asText()).isEqualTo(chain.person().serialNumberHex());
        assertThat(check.path("issuer").asText()).isEqualTo(chain.person().issuerDn());
        assertThat(check.path("notAfter").asText()).isNotBlank();
        assertThat(check.path("revocationStatus").asText()).isEqualTo("GOOD");
        assertThat(check.path("revocationSource").asText()).isIn("OCSP", "CRL");
        assertThat(check.path("checkedAt").asText()).isEqualTo(enrichment.path("signaturesCheckedAt").asText());

        // the origin gets the technical receipt; "delivered" is the provider's acknowledgement, forwarded untouched
        // with the business status it carries («поступившие»)
        TechnicalReceipt accepted = body(portal.await(request.requestId(), MessageType.TECHNICAL_RECEIPT), TechnicalReceipt.class);
        assertThat(accepted.status()).isEqualTo(TechnicalStatus.ACCEPTED_BY_GATEWAY);
        assertThat(accepted.providerId()).isEqualTo("ec-4310");
        StatusChange received = new StatusChange(request.requestId(), BusinessStatus.RECEIVED, java.time.Instant.now(),
                "SYSTEM", null, null, "ВХ-1");
        Envelope ack = providers.send(MessageType.PROVIDER_ACKNOWLEDGEMENT, request.serviceCode(), request.requestId(),
                forwarded.messageId(), new ProviderAcknowledgement(request.requestId(), "ec-4310", "ВХ-1",
                        java.time.Instant.now(), received), null);
        Envelope delivered = portal.await(request.requestId(), MessageType.PROVIDER_ACKNOWLEDGEMENT);
        assertThat(Envelopes.unwrap(delivered)).isEqualTo(ack);
        assertThat(body(Envelopes.unwrap(delivered), ProviderAcknowledgement.class).status()).isEqualTo(received);
        assertThat(given().auth().preemptive().basic("admin", EgovInfrastructureResource.ADMIN_PASSWORD)
                .get("/admin/reconciliation/requests?since=" + java.time.Instant.now().minusSeconds(600)).then()
                .statusCode(200).extract().jsonPath().getString("find { it.requestId == '" + request.requestId()
                        + "' }.technicalStatus")).isEqualTo("DELIVERED_TO_PROVIDER");

        // a later business status goes back to the origin, forwarded untouched
        providers.send(MessageType.STATUS_CHANGE, request.serviceCode(), request.requestId(), forwarded.messageId(),
                new StatusChange(request.requestId(), BusinessStatus.REGISTERED, java.time.Instant.now(), "REGISTRAR", null, null, "ВХ-1"), null);
        Envelope status = portal.await(request.requestId(), MessageType.STATUS_CHANGE);
        assertThat(Envelopes.unwrap(status).sender()).isEqualTo("ec-4310");

        // the result, signed by an officer of the provider, reaches the origin
        Participants.Seed ec = Participants.byId("ec-4310");
        String headIin = kz.egov.eds.identity.IinGenerator.nth(java.time.LocalDate.of(1985, 5, 5),
                kz.egov.eds.identity.Sex.FEMALE, 1);
        TestPeople.PersonKey head = TestPeople.officer(headIin, "Сейткали", "Айман", ec.name(), ec.bin());
        ResultDocument result = new ResultDocument(request.requestId(), "doc-" + request.requestId(), ResultKind.NOTIFICATION,
                "V06", "ec-4310", citizen.iin(), "Уведомление", EnvelopeCodec.json().createObjectNode(), null, null,
                headIin, "HEAD", java.time.Instant.now());
        byte[] resultBytes = EnvelopeCodec.encode(result);
        providers.sendBytes(MessageType.RESULT_DOCUMENT, request.serviceCode(), request.requestId(), forwarded.messageId(),
                resultBytes, head.sign(resultBytes));
        Envelope resultAtOrigin = portal.await(request.requestId(), MessageType.RESULT_DOCUMENT);
        assertThat(Envelopes.unwrap(resultAtOrigin).body()).isEqualTo(resultBytes);

        // the evidence of the request, in order
        List<Map<String, Object>> evidence = given().auth().preemptive().basic("admin", EgovInfrastructureResource.ADMIN_PASSWORD)
                .get("/admin/evidence/requests/" + request.requestId()).then().statusCode(200).extract().jsonPath().getList("$");
        assertThat(evidence).extracting(r -> r.get("subject")).contains("SENDER_SEAL", "CONDITION_2", "GBD_FL", "ROUTING",
                "RESULT_SIGNATURE");
    }

    @Test
    void theMostSpecificRoutingPrefixWins() {
        PersonRecord inCity = Citizens.livingIn("43101");
        PersonRecord inAral = Citizens.livingIn("4332");
        assertThat(routeOf(inCity)).isEqualTo("ec-4310");
        assertThat(routeOf(inAral)).isEqualTo("ec-43");
    }

    private String routeOf(PersonRecord citizen) {
        TestPeople.PersonKey key = TestPeople.citizen(citizen);
        ServiceRequest request = Citizens.portalRequest(citizen, "JOB_SEEKER_REGISTRATION", List.of());
        byte[] document = EnvelopeCodec.encode(request);
        portal.sendBytes(MessageType.SERVICE_REQUEST, request.serviceCode(), request.requestId(), null, document,
                key.sign(document));
        return body(portal.await(request.requestId(), MessageType.TECHNICAL_RECEIPT), TechnicalReceipt.class).providerId();
    }

    @Test
    void requestsUnderOneBatchSealAreEachVerifiedAndRoutedAndWhatTheGatewaySendsVerifiesToo() {
        List<Envelope> unsealed = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) {
            PersonRecord citizen = Citizens.livingIn("43101");
            ServiceRequest request = Citizens.portalRequest(citizen, "JOB_SEEKER_REGISTRATION", List.of());
            byte[] document = EnvelopeCodec.encode(request);
            unsealed.add(kz.egov.contract.envelope.Envelopes.unsealed("portal", "gateway", MessageType.SERVICE_REQUEST,
                    request.serviceCode(), request.requestId(), null, document,
                    TestPeople.citizen(citizen).sign(document), java.time.Instant.now()));
        }
        List<Envelope> batch = kz.egov.contract.envelope.Envelopes.sealAll(portal.sealer(), unsealed);
        assertThat(batch).allSatisfy(e -> assertThat(e.sealProof()).isNotNull());
        batch.forEach(portal::publish);
        for (Envelope e : batch) {
            TechnicalReceipt receipt = body(portal.await(e.correlationId(), MessageType.TECHNICAL_RECEIPT),
                    TechnicalReceipt.class);
            assertThat(receipt.status()).isEqualTo(TechnicalStatus.ACCEPTED_BY_GATEWAY);
            Envelope forwarded = providers.await(e.correlationId(), MessageType.SERVICE_REQUEST);
            // the provider checks the gateway's seal (a batch seal or not) and the portal's inside it
            assertThat(kz.egov.contract.envelope.Envelopes.verifyChain(forwarded,
                    verifier.forRole(SignerRole.SYSTEM), verifier.forRole(SignerRole.CITIZEN), java.time.Instant.now()).seals()).hasSize(2);
        }
    }

    @Test
    void aDuplicateMessageIsAcknowledgedButNotRoutedTwice() throws Exception {
        PersonRecord citizen = Citizens.livingIn("43101");
        TestPeople.PersonKey key = TestPeople.citizen(citizen);
        ServiceRequest request = Citizens.portalRequest(citizen, "JOB_SEEKER_REGISTRATION", List.of());
        byte[] document = EnvelopeCodec.encode(request);
        Envelope sent = portal.sendBytes(MessageType.SERVICE_REQUEST, request.serviceCode(), request.requestId(), null,
                document, key.sign(document));
        portal.publish(sent);
        providers.await(request.requestId(), MessageType.SERVICE_REQUEST);
        portal.await(request.requestId(), MessageType.TECHNICAL_RECEIPT);
        Thread.sleep(1500);
        assertThat(providers.received().stream().filter(e -> e.correlationId().equals(request.requestId())
                && e.type() == MessageType.SERVICE_REQUEST)).hasSize(1);
        assertThat(portal.received().stream().filter(e -> e.correlationId().equals(request.requestId()))).hasSize(1);
    }

    @Test
    void theOriginsWithdrawalReachesTheProviderButAnOriginMayNotSetOtherStatuses() {
        ServiceRequest request = routedToTheProvider().request();
        portal.send(MessageType.STATUS_CHANGE, request.serviceCode(), request.requestId(), null,
                new StatusChange(request.requestId(), BusinessStatus.COMPLETED, java.time.Instant.now(), "CITIZEN", null, null, null), null);
        Envelope refused = portal.await(request.requestId(), MessageType.REJECTION);
        assertThat(body(refused, kz.egov.contract.message.Rejection.class).reasonCode()).isEqualTo("MSG_NOT_PERMITTED");
        portal.send(MessageType.STATUS_CHANGE, request.serviceCode(), request.requestId(), null,
                new StatusChange(request.requestId(), BusinessStatus.WITHDRAWN, java.time.Instant.now(), "CITIZEN", null, null, null), null);
        Envelope withdrawn = providers.await(request.requestId(), MessageType.STATUS_CHANGE);
        assertThat(body(withdrawn, StatusChange.class).status()).isEqualTo(BusinessStatus.WITHDRAWN);
    }

    @Test
    void anAcknowledgementNamingAnotherRequestIsRefusedBackToTheProvider() {
        Routed routed = routedToTheProvider();
        ServiceRequest request = routed.request();
        Envelope forwarded = routed.forwarded();
        StatusChange ofAnother = new StatusChange("another-request", BusinessStatus.RECEIVED, java.time.Instant.now(),
                "SYSTEM", null, null, "ВХ-2");
        providers.send(MessageType.PROVIDER_ACKNOWLEDGEMENT, request.serviceCode(), request.requestId(),
                forwarded.messageId(), new ProviderAcknowledgement(request.requestId(), "ec-4310", "ВХ-2",
                        java.time.Instant.now(), ofAnother), null);
        Envelope refused = providers.await(request.requestId(), MessageType.REJECTION);
        assertThat(body(refused, kz.egov.contract.message.Rejection.class).reasonCode()).isEqualTo("MSG_SCHEMA_VIOLATION");
        assertThat(portal.received()).noneMatch(e -> e.correlationId().equals(request.requestId())
                && e.type() == MessageType.PROVIDER_ACKNOWLEDGEMENT);
    }

    /** A request and the gateway's forwarding of it to the provider. */
    record Routed(ServiceRequest request, Envelope forwarded) {
    }

    /** A Kyzylorda citizen's portal request, signed, sent, and forwarded to the provider of their district. */
    static Routed routedToTheProvider() {
        PersonRecord citizen = Citizens.livingIn("43101");
        ServiceRequest request = Citizens.portalRequest(citizen, "JOB_SEEKER_REGISTRATION", List.of());
        byte[] document = EnvelopeCodec.encode(request);
        portal.sendBytes(MessageType.SERVICE_REQUEST, request.serviceCode(), request.requestId(), null, document,
                TestPeople.citizen(citizen).sign(document));
        return new Routed(request, providers.await(request.requestId(), MessageType.SERVICE_REQUEST));
    }

    /** The body a message carries: its own, or (forwarded) the original's, the only place it travels. */
    static <T> T body(Envelope e, Class<T> type) {
        return EnvelopeCodec.decode(Envelopes.original(e).body(), type);
    }
}
