package kz.egov.portal;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;

import jakarta.inject.Inject;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import kz.egov.contract.envelope.Envelope;
import kz.egov.contract.envelope.EnvelopeCodec;
import kz.egov.contract.envelope.Envelopes;
import kz.egov.contract.envelope.MessageType;
import kz.egov.contract.message.ServiceRequest;
import kz.egov.contract.reason.ReasonCode;
import kz.egov.contract.seal.SignerIdentity;
import kz.egov.eds.algorithm.SignatureAlgorithm;
import kz.egov.contract.message.SignerRole;
import kz.egov.eds.verify.EdsVerifier;
import kz.egov.testinfra.EgovInfrastructureResource;
import kz.egov.testinfra.TestPeople;
import kz.egov.testinfra.TestPki;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * Process 3 (the service and its form), process 4 (the citizen's EDS), condition 2 checked before anything leaves,
 * process 5 (refusal: EDS not confirmed) and process 6 (the signed request to ШЭП/РШЭП through the outbox).
 */
@QuarkusTest
@QuarkusTestResource(value = EgovInfrastructureResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = GatewayStandIn.class, restrictToAnnotatedClass = false)
class SubmissionTest {

    @Inject
    EdsVerifier verifier;

    @Test
    void process3_theCatalogShowsPortalServicesWithFormAttachmentsAndResult() {
        given().get("/api/services").then().statusCode(200)
                .body("code", hasItem(Portal.SERVICE)).body("code", not(hasItem("UNEMPLOYED_REGISTRATION")))
                .body("find { it.code == 'JOB_SEEKER_REGISTRATION' }.formFields.name", hasItem("educationLevel"))
                .body("find { it.code == 'JOB_SEEKER_REGISTRATION' }.attachments.code", hasItem("IDENTITY_DOCUMENT"))
                .body("find { it.code == 'JOB_SEEKER_REGISTRATION' }.results.kind", hasItem("NOTIFICATION"));
        given().header("Accept-Language", "kk").get("/api/services/UNEMPLOYED_REGISTRATION").then().statusCode(200)
                .body("availableOnPortal", equalTo(false))
                .body("notAvailableReasonCode", equalTo(ReasonCode.SERVICE_NOT_ON_CHANNEL.code()))
                .body("notAvailableReason", equalTo(ReasonCode.SERVICE_NOT_ON_CHANNEL.kazakh()));
    }

    @Test
    void process3_theCitizensOwnVariantWithTermAndDueDate() {
        Portal.Citizen c = Portal.newCitizen();
        c.api().get("/api/services/" + Portal.SERVICE + "/my-variant").then().statusCode(200)
                .body("variantCode", equalTo("V06")).body("availableOnPortal", equalTo(true))
                .body("dueAtIfSubmittedNow", notNullValue());
    }

    @Test
    void process3_aServiceWithoutAPortalChannelCannotBeSubmittedHere() {
        Portal.Citizen c = Portal.newCitizen();
        c.api().contentType(ContentType.JSON).body(Map.of("serviceCode", "UNEMPLOYED_REGISTRATION", "form", Map.of()))
                .post("/api/requests/drafts").then().statusCode(409)
                .body("code", equalTo(ReasonCode.SERVICE_NOT_ON_CHANNEL.code()));
    }

    @Test
    void process3_anIncompleteFormIsRefused() {
        Portal.Citizen c = Portal.newCitizen();
        Map<String, Object> form = new java.util.HashMap<>(Portal.form(c.person()));
        form.remove("educationLevel");
        c.api().contentType(ContentType.JSON).body(Map.of("serviceCode", Portal.SERVICE, "form", form))
                .post("/api/requests/drafts").then().statusCode(400)
                .body("code", equalTo(ReasonCode.VALIDATION_FAILED.code()));
    }

    @Test
    void process6_theSignedRequestLeavesThroughTheOutboxToTheGateway() {
        Portal.Citizen c = Portal.newCitizen();
        JsonPath draft = Portal.draft(c);
        byte[] document = Portal.document(draft);
        byte[] signature = c.key().sign(document);
        Portal.submit(c, draft, signature, "key-" + draft.getString("draftId")).then().statusCode(201)
                .body("requestId", equalTo(draft.getString("requestId"))).body("status", equalTo("SUBMITTED"));
        Envelope sent = Portal.gateway().await(draft.getString("requestId"), MessageType.SERVICE_REQUEST);
        assertThat(sent.sender()).isEqualTo("portal");
        assertThat(sent.recipient()).isEqualTo("gateway");
        assertThat(sent.body()).isEqualTo(document);
        assertThat(sent.personSignature()).isEqualTo(signature);
        SignerIdentity seal = Envelopes.verifySeal(sent, verifier.forRole(SignerRole.SYSTEM), Instant.now());
        assertThat(seal.commonName()).isEqualTo("portal");
        ServiceRequest request = EnvelopeCodec.decode(document, ServiceRequest.class);
        assertThat(request.applicant().iin()).isEqualTo(c.iin());
        assertThat(request.submitter().iin()).isEqualTo(c.iin());
        c.api().get("/api/requests/" + request.requestId()).then().statusCode(200)
                .body("timeline[0].status", equalTo("SUBMITTED")).body("timeline[0].actingRole", equalTo("CITIZEN"));
    }

    @Test
    void process6_anIdempotencyKeyMakesARepeatedSubmitReturnTheSameRequest() {
        Portal.Citizen c = Portal.newCitizen();
        JsonPath draft = Portal.draft(c);
        byte[] signature = c.key().sign(Portal.document(draft));
        String first = Portal.submit(c, draft, signature, "same-key").then().statusCode(201).extract().path("requestId");
        String again = Portal.submit(c, draft, signature, "same-key").then().statusCode(201).extract().path("requestId");
        assertThat(again).isEqualTo(first);
        Portal.gateway().await(first, MessageType.SERVICE_REQUEST);
        Portal.sleep(1500);
        assertThat(Portal.gateway().received().stream().filter(e -> e.correlationId().equals(first))).hasSize(1);
        JsonPath other = Portal.draft(c);
        Portal.submit(c, other, c.key().sign(Portal.document(other)), "same-key").then().statusCode(409)
                .body("code", equalTo(ReasonCode.REQ_IDEMPOTENCY_CONFLICT.code()));
    }

    @Test
    void condition2_theIinOfTheCertificateMustBeTheSignedInCitizens_process5() {
        Portal.Citizen c = Portal.newCitizen();
        JsonPath draft = Portal.draft(c);
        byte[] signature = TestPeople.citizen(Portal.nextPerson()).sign(Portal.document(draft));
        refused(c, draft, signature, ReasonCode.EDS_IIN_MISMATCH);
        c.api().get("/api/notifications").then().statusCode(200)
                .body("code", hasItem(ReasonCode.EDS_IIN_MISMATCH.code()))
                .body("text", hasItem(org.hamcrest.Matchers.startsWith("Отказ в связи с не подтверждением подлинности ЭЦП")));
        // the citizen signs again with their own EDS: the same draft goes through
        Portal.submit(c, draft, c.key().sign(Portal.document(draft)), null).then().statusCode(201);
    }

    @Test
    void condition2_aRevokedCertificateIsRefused_process5() {
        Portal.Citizen c = Portal.newCitizen();
        TestPeople.PersonKey key = TestPeople.citizen(c.person());
        BigInteger serial = key.issued().serial();
        TestPki.get().pki().ca().revoke(serial);
        verifier.refreshRevocation();
        JsonPath draft = Portal.draft(c);
        refused(c, draft, key.sign(Portal.document(draft)), ReasonCode.EDS_REVOKED);
    }

    @Test
    void condition2_anExpiredCertificateIsRefused_process5() {
        Portal.Citizen c = Portal.newCitizen();
        TestPeople.PersonKey key = TestPeople.citizen(c.person(), SignatureAlgorithm.RSA_SHA256, TestPeople.expired());
        JsonPath draft = Portal.draft(c);
        refused(c, draft, key.sign(Portal.document(draft)), ReasonCode.EDS_EXPIRED);
    }

    @Test
    void condition2_aSignatureOverOtherBytesIsRefused_process5() {
        Portal.Citizen c = Portal.newCitizen();
        JsonPath draft = Portal.draft(c);
        byte[] altered = Portal.document(draft).clone();
        altered[altered.length - 2] ^= 1;
        refused(c, draft, c.key().sign(altered), ReasonCode.EDS_CONTENT_MISMATCH);
        refused(c, draft, "not a signature".getBytes(StandardCharsets.UTF_8), ReasonCode.EDS_MALFORMED);
    }

    @Test
    void process4_aGostSignatureIsAccepted() {
        Portal.Citizen c = Portal.newCitizen();
        TestPeople.PersonKey gost = TestPeople.citizen(c.person(), SignatureAlgorithm.GOST2012_256,
                kz.egov.eds.devca.IssueOptions.defaults());
        JsonPath draft = Portal.draft(c);
        Portal.submit(c, draft, gost.sign(Portal.document(draft)), null).then().statusCode(201);
    }

    @Test
    void process3_attachmentsGoToTheGatewaysStoreAndAreListedBySha256() {
        Portal.Citizen c = Portal.newCitizen();
        byte[] pdf = "%PDF-1.4\n% удостоверение личности\n".getBytes(StandardCharsets.UTF_8);
        JsonPath draft = c.api().multiPart("serviceCode", Portal.SERVICE)
                .multiPart("form", EnvelopeCodec.json().valueToTree(Portal.form(c.person())).toString(), "application/json")
                .multiPart("IDENTITY_DOCUMENT", "id.pdf", pdf, "application/pdf")
                .post("/api/requests/drafts").then().statusCode(201).extract().jsonPath();
        String sha = kz.egov.contract.envelope.SealInput.sha256Hex(pdf);
        assertThat(draft.getString("attachments[0].sha256")).isEqualTo(sha);
        ServiceRequest request = EnvelopeCodec.decode(Portal.document(draft), ServiceRequest.class);
        assertThat(request.attachments()).singleElement().satisfies(a -> {
            assertThat(a.sha256()).isEqualTo(sha);
            assertThat(a.size()).isEqualTo(pdf.length);
            assertThat(a.documentCode()).isEqualTo("IDENTITY_DOCUMENT");
        });
        given().get(ConfigProvider.getConfig().getValue("egov.gateway.url", String.class) + "/test/uploads").then()
                .statusCode(200).body("uploads.sha256", hasItem(sha));
        Portal.submit(c, draft, c.key().sign(Portal.document(draft)), null).then().statusCode(201);
    }

    @Test
    void process3_attachmentsOfAnotherTypeOrTooLargeAreRefused() {
        Portal.Citizen c = Portal.newCitizen();
        String form = EnvelopeCodec.json().valueToTree(Portal.form(c.person())).toString();
        c.api().multiPart("serviceCode", Portal.SERVICE).multiPart("form", form, "application/json")
                .multiPart("IDENTITY_DOCUMENT", "id.exe", new byte[] {0x4D, 0x5A, 0, 0}, "application/octet-stream")
                .post("/api/requests/drafts").then().statusCode(415)
                .body("code", equalTo(ReasonCode.UNSUPPORTED_MEDIA_TYPE.code()));
        c.api().multiPart("serviceCode", Portal.SERVICE).multiPart("form", form, "application/json")
                .multiPart("IDENTITY_DOCUMENT", "fake.pdf", "MZ not a pdf".getBytes(StandardCharsets.UTF_8), "application/pdf")
                .post("/api/requests/drafts").then().statusCode(415);
        byte[] big = new byte[1024 * 1024 + 1];
        System.arraycopy("%PDF".getBytes(StandardCharsets.US_ASCII), 0, big, 0, 4);
        c.api().multiPart("serviceCode", Portal.SERVICE).multiPart("form", form, "application/json")
                .multiPart("IDENTITY_DOCUMENT", "big.pdf", big, "application/pdf")
                .post("/api/requests/drafts").then().statusCode(413)
                .body("code", equalTo(ReasonCode.PAYLOAD_TOO_LARGE.code()));
    }

    private static void refused(Portal.Citizen c, JsonPath draft, byte[] signature, ReasonCode reason) {
        Portal.submit(c, draft, signature, null).then().statusCode(reason.httpStatus())
                .contentType("application/problem+json").body("code", equalTo(reason.code()))
                .body("title", equalTo(reason.russian()));
        c.api().get("/api/requests").then().statusCode(200)
                .body("requestId", not(hasItem(draft.getString("requestId"))));
        Portal.sleep(300);
        assertThat(Portal.gateway().received().stream()
                .filter(e -> e.correlationId().equals(draft.getString("requestId")))).isEmpty();
    }

}
