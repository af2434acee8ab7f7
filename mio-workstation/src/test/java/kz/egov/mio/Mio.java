package kz.egov.mio;

import static io.restassured.RestAssured.given;

import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import kz.egov.contract.envelope.Envelope;
import kz.egov.contract.envelope.EnvelopeCodec;
import kz.egov.contract.envelope.Envelopes;
import kz.egov.contract.envelope.MessageType;
import kz.egov.contract.message.Applicant;
import kz.egov.contract.message.AttachmentRef;
import kz.egov.contract.message.Channel;
import kz.egov.contract.message.PersonRecord;
import kz.egov.contract.message.ServiceRequest;
import kz.egov.contract.message.SignerRole;
import kz.egov.contract.message.StatusChange;
import kz.egov.contract.message.Submitter;
import kz.egov.contract.seal.Sealer;
import kz.egov.contract.seal.SignatureCheck;
import kz.egov.contract.status.BusinessStatus;
import kz.egov.contract.topic.Topics;
import kz.egov.eds.cms.Pkcs12Sealer;
import kz.egov.mio.officer.OfficerRole;
import kz.egov.mio.officer.OfficerSeeds;
import kz.egov.reference.Participants;
import kz.egov.reference.Population;
import kz.egov.testinfra.TestParticipant;
import kz.egov.testinfra.TestPeople;
import kz.egov.testinfra.TestPki;

/**
 * The tests' side of ИС МИО: the gateway played over the real broker (it sees everything ИС МИО sends and forwards
 * portal requests and registry events as the real gateway would), officers signing in and signing with their own
 * keys from the test НУЦ, and citizens of the ГБД ФЛ stand-in.
 */
final class Mio {

    static final String PASSWORD = "officer-test-password";
    static final Population POPULATION = Population.standard();
    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();
    private static final Map<String, TestPeople.PersonKey> KEYS = new ConcurrentHashMap<>();
    private static TestParticipant gateway;
    private static int nextCitizen = 100;

    private Mio() {
    }

    static synchronized TestParticipant gateway() {
        if (gateway == null) {
            gateway = new TestParticipant("gateway", Topics.TO_GATEWAY);
        }
        return gateway;
    }

    static synchronized PersonRecord citizen(String katoPrefix) {
        return POPULATION.nth(Population.livingIn(katoPrefix), nextCitizen++);
    }

    // ------------------------------------------------------------------ requests

    static Sealer sealer(String participant) {
        return Pkcs12Sealer.systemSeal(TestPki.get().pki().keyFile(participant),
                TestPki.KEY_PASSWORD.toCharArray());
    }

    /** A citizen's signed portal request, forwarded by the gateway to the provider under the variant. */
    static String portalRequest(PersonRecord citizen, String service, String variant, String providerId, ObjectNode form) {
        return portalRequest(citizen, service, variant, providerId, form, List.of());
    }

    static String portalRequest(PersonRecord citizen, String service, String variant, String providerId, ObjectNode form,
            List<AttachmentRef> attachments) {
        ServiceRequest request = new ServiceRequest(UUID.randomUUID().toString(), service, Channel.PORTAL,
                new Applicant(citizen.iin(), citizen.surname(), citizen.givenName(), citizen.patronymic(), null, null),
                new Submitter(SignerRole.CITIZEN, citizen.iin(), null),
                form == null ? EnvelopeCodec.json().createObjectNode() : form, attachments, "ru", Instant.now(), null,
                null);
        byte[] body = EnvelopeCodec.encode(request);
        TestPeople.PersonKey key = TestPeople.citizen(citizen);
        Envelope original = Envelopes.sealBytes(sealer("portal"), "portal", "gateway", MessageType.SERVICE_REQUEST,
                service, request.requestId(), null, body, key.sign(body), Instant.now());
        java.security.cert.X509Certificate cert = key.issued().certificate();
        forward(original, citizen, variant, providerId, "portal", new SignatureCheck("CITIZEN",
                citizen.surname() + " " + citizen.givenName(), citizen.iin(), null, null,
                cert.getSerialNumber().toString(16), cert.getIssuerX500Principal().getName(), cert.getNotBefore()
                        .toInstant(), cert.getNotAfter().toInstant(), cert.getSigAlgName(), "GOOD", "OCSP",
                Instant.now(), null, Instant.now()));
        return request.requestId();
    }

    /** A State Corporation package: the operator's signed request from the branch, forwarded to the provider. */
    static String corpRequest(PersonRecord citizen, String service, String variant, String providerId, String branchId,
            String packageId) {
        Participants.Seed branch = Participants.byId(branchId);
        String operatorIin = kz.egov.eds.identity.IinGenerator.nth(java.time.LocalDate.of(1988, 3, 3),
                kz.egov.eds.identity.Sex.FEMALE, 1);
        ServiceRequest request = new ServiceRequest(UUID.randomUUID().toString(), service, Channel.STATE_CORPORATION,
                new Applicant(citizen.iin(), citizen.surname(), citizen.givenName(), citizen.patronymic(), null, null),
                new Submitter(SignerRole.OPERATOR, operatorIin, branch.bin()), EnvelopeCodec.json().createObjectNode(),
                List.of(), "ru", Instant.now(), packageId, null);
        byte[] body = EnvelopeCodec.encode(request);
        TestPeople.PersonKey operator = TestPeople.operator(operatorIin, "Жумабаева", "Алия", branch.name(), branch.bin());
        Envelope original = Envelopes.sealBytes(sealer(branchId), branchId, "gateway", MessageType.SERVICE_REQUEST,
                service, request.requestId(), null, body, operator.sign(body), Instant.now());
        forward(original, citizen, variant, providerId, branchId);
        return request.requestId();
    }

    /**
     * A request taken by another body for the provider (channel VIA_OTHER_BODY, V12): the employment centre's
     * specialist signs it with their EDS and the centre sends it; the gateway forwards it to the provider (an akimat).
     */
    static String viaOtherBody(PersonRecord citizen, String service, String variant, String providerId, String bodyId) {
        return byOfficer(Channel.VIA_OTHER_BODY, officer(bodyId, OfficerRole.SPECIALIST), citizen, service, variant,
                providerId, bodyId);
    }

    /** A walk-in at the provider's own office (channel PROVIDER_OFFICE), keyed in and signed by its registrar. */
    static String officeRequest(PersonRecord citizen, String service, String variant, String providerId) {
        return byOfficer(Channel.PROVIDER_OFFICE, officer(providerId, OfficerRole.REGISTRAR), citizen, service, variant,
                providerId, providerId);
    }

    private static String byOfficer(Channel channel, OfficerSeeds.Seed officer, PersonRecord citizen, String service,
            String variant, String providerId, String bodyId) {
        ServiceRequest request = new ServiceRequest(UUID.randomUUID().toString(), service, channel,
                new Applicant(citizen.iin(), citizen.surname(), citizen.givenName(), citizen.patronymic(), null, null),
                new Submitter(SignerRole.OFFICER, officer.iin(), Participants.byId(bodyId).bin()),
                EnvelopeCodec.json().createObjectNode(), List.of(), "ru", Instant.now(), null, null);
        byte[] body = EnvelopeCodec.encode(request);
        Envelope original = Envelopes.sealBytes(sealer(bodyId), bodyId, "gateway", MessageType.SERVICE_REQUEST,
                service, request.requestId(), null, body, key(officer).sign(body), Instant.now());
        forward(original, citizen, variant, providerId, bodyId);
        return request.requestId();
    }

    /** The branch reports to the provider (through the gateway) that it handed the result over. */
    static void handedOverAtBranch(String requestId, String service, String providerId, String branchId) {
        StatusChange change = new StatusChange(requestId, BusinessStatus.ISSUED, Instant.now(), "OPERATOR",
                "выдано лично", null, null);
        Envelope original = Envelopes.seal(sealer(branchId), branchId, "gateway", MessageType.STATUS_CHANGE, service,
                requestId, null, change, null, Instant.now());
        gateway().forward(Topics.TO_PROVIDERS, providerId, original, Map.of("signaturesCheckedAt",
                Instant.now().toString()));
    }

    /** Plays the gateway's step 7: the original untouched plus the enrichment. */
    static Envelope forward(Envelope original, PersonRecord citizen, String variant, String providerId, String origin) {
        return forward(original, citizen, variant, providerId, origin, null);
    }

    /** ... with the gateway's check of the person's EDS handed on. */
    static Envelope forward(Envelope original, PersonRecord citizen, String variant, String providerId, String origin,
            SignatureCheck check) {
        return gateway().forward(Topics.TO_PROVIDERS, providerId, original, enrichment(citizen, variant, providerId,
                origin, check));
    }

    /**
     * A citizen's portal request as the gateway forwards it to the provider, not sent: the document signed by
     * {@code signer} (the citizen, or someone else for a broken signature).
     */
    static Envelope portalForward(PersonRecord citizen, PersonRecord signer, String service, String variant,
            String providerId) {
        ServiceRequest request = new ServiceRequest(UUID.randomUUID().toString(), service, Channel.PORTAL,
                new Applicant(citizen.iin(), citizen.surname(), citizen.givenName(), citizen.patronymic(), null, null),
                new Submitter(SignerRole.CITIZEN, citizen.iin(), null), EnvelopeCodec.json().createObjectNode(),
                List.of(), "ru", Instant.now(), null, null);
        byte[] body = EnvelopeCodec.encode(request);
        Envelope original = Envelopes.sealBytes(sealer("portal"), "portal", "gateway", MessageType.SERVICE_REQUEST,
                service, request.requestId(), null, body, TestPeople.citizen(signer).sign(body), Instant.now());
        return Envelopes.forward(gateway().sealer(), "gateway", providerId, EnvelopeCodec.encode(original),
                enrichment(citizen, variant, providerId, "portal", null), Instant.now());
    }

    /** The gateway forwarding the same original again, in a new envelope of its own: not sent. */
    static Envelope forwardAgain(Envelope forwarded, PersonRecord citizen, String variant, String providerId) {
        return Envelopes.forward(gateway().sealer(), "gateway", providerId, forwarded.forwarded(),
                enrichment(citizen, variant, providerId, "portal", null), Instant.now());
    }

    /** The citizen's withdrawal of a request as the gateway forwards it to the provider: not sent. */
    static Envelope withdrawalForward(String requestId, String providerId) {
        StatusChange change = new StatusChange(requestId, BusinessStatus.WITHDRAWN, Instant.now(), "CITIZEN",
                "передумал", null, null);
        Envelope original = Envelopes.seal(sealer("portal"), "portal", "gateway", MessageType.STATUS_CHANGE,
                "JOB_SEEKER_REGISTRATION", requestId, null, change, null, Instant.now());
        return Envelopes.forward(gateway().sealer(), "gateway", providerId, EnvelopeCodec.encode(original),
                Map.of("signaturesCheckedAt", Instant.now().toString()), Instant.now());
    }

    private static Map<String, Object> enrichment(PersonRecord citizen, String variant, String providerId,
            String origin, SignatureCheck check) {
        Map<String, Object> routing = new LinkedHashMap<>();
        routing.put("variantCode", variant);
        routing.put("providerType", Participants.byId(providerId).providerType());
        routing.put("providerId", providerId);
        routing.put("katoPrefix", Participants.byId(providerId).kato());
        Map<String, Object> enrichment = new LinkedHashMap<>();
        enrichment.put("person", citizen);
        enrichment.put("routing", routing);
        enrichment.put("origin", origin);
        enrichment.put("signaturesCheckedAt", Instant.now().toString());
        if (check != null) {
            enrichment.put("signatureCheck", check);
        }
        return enrichment;
    }

    static Envelope awaitSent(String requestId, MessageType type) {
        return gateway().await(requestId, type);
    }

    /** A business status the case sent: in a status change, or with the acknowledgement («поступившие»). */
    static StatusChange awaitStatus(String requestId, BusinessStatus status) {
        Envelope e = gateway().await(m -> m.correlationId().equals(requestId) && status(m) != null
                && status(m).status() == status, Duration.ofSeconds(30));
        return status(e);
    }

    private static StatusChange status(Envelope m) {
        return switch (m.type()) {
            case STATUS_CHANGE -> body(m, StatusChange.class);
            case PROVIDER_ACKNOWLEDGEMENT -> body(m, kz.egov.contract.message.ProviderAcknowledgement.class).status();
            default -> null;
        };
    }

    static long countSent(String requestId, MessageType type) {
        return gateway().received().stream().filter(m -> m.correlationId().equals(requestId) && m.type() == type).count();
    }

    static <T> T body(Envelope e, Class<T> type) {
        return EnvelopeCodec.decode(e.body(), type);
    }

    // ------------------------------------------------------------------ officers

    static OfficerSeeds.Seed officer(String providerId, OfficerRole role) {
        return OfficerSeeds.withRole(providerId, role);
    }

    /** The second executor of a provider. */
    static OfficerSeeds.Seed secondExecutor(String providerId) {
        return OfficerSeeds.of(providerId).stream().filter(s -> s.roles().contains(OfficerRole.EXECUTOR)).skip(1)
                .findFirst().orElseThrow();
    }

    static String token(OfficerSeeds.Seed officer) {
        return TOKENS.computeIfAbsent(officer.iin(), iin -> given().contentType(ContentType.JSON)
                .body(Map.of("iin", iin, "password", PASSWORD)).post("/api/sign-in").then().statusCode(200)
                .extract().path("token"));
    }

    static TestPeople.PersonKey key(OfficerSeeds.Seed officer) {
        return KEYS.computeIfAbsent(officer.iin(), iin -> {
            Participants.Seed p = Participants.byId(officer.providerId());
            return TestPeople.officer(iin, officer.surname(), officer.givenName(), p.name(), p.bin());
        });
    }

    static ValidatableResponse act(OfficerSeeds.Seed officer, String requestId, Map<String, Object> action) {
        return given().header("Authorization", "Bearer " + token(officer)).contentType(ContentType.JSON).body(action)
                .post("/api/cases/{id}/actions", requestId).then();
    }

    static ValidatableResponse act(OfficerSeeds.Seed officer, String requestId, String action) {
        return act(officer, requestId, Map.of("action", action));
    }

    static JsonNode caseOf(OfficerSeeds.Seed officer, String requestId) {
        String json = given().header("Authorization", "Bearer " + token(officer)).get("/api/cases/{id}", requestId)
                .then().statusCode(200).extract().asString();
        try {
            return EnvelopeCodec.json().readTree(json);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] resultDocument(OfficerSeeds.Seed officer, String requestId) {
        return given().header("Authorization", "Bearer " + token(officer)).get("/api/cases/{id}/result-document", requestId)
                .then().statusCode(200).extract().asByteArray();
    }

    /** The officer fetches the result document and signs it with {@code signer}'s key. */
    static ValidatableResponse sign(OfficerSeeds.Seed officer, String requestId, OfficerSeeds.Seed signer) {
        byte[] doc = resultDocument(officer, requestId);
        String cms = Base64.getEncoder().encodeToString(key(signer).sign(doc));
        return act(officer, requestId, Map.of("action", "SIGN", "signature", cms));
    }

    static ValidatableResponse sign(OfficerSeeds.Seed officer, String requestId) {
        return sign(officer, requestId, officer);
    }
}
