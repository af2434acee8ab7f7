package kz.egov.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import kz.egov.contract.envelope.EnvelopeCodec;
import kz.egov.contract.envelope.MessageType;
import kz.egov.contract.message.AttachmentRef;
import kz.egov.contract.message.PersonRecord;
import kz.egov.contract.message.ServiceRequest;
import kz.egov.contract.message.TechnicalReceipt;
import kz.egov.contract.seal.Sealer;
import kz.egov.contract.topic.Topics;
import kz.egov.eds.algorithm.SignatureAlgorithm;
import kz.egov.eds.cms.Pkcs12Sealer;
import kz.egov.eds.devca.DevSubject;
import kz.egov.platform.http.SealedCall;
import kz.egov.testinfra.EgovInfrastructureResource;
import kz.egov.testinfra.TestParticipant;
import kz.egov.testinfra.TestPeople;
import kz.egov.testinfra.TestPki;
import org.junit.jupiter.api.Test;

/** What platform operators and participants do with the gateway besides routing. */
@QuarkusTest
@QuarkusTestResource(value = EgovInfrastructureResource.class, restrictToAnnotatedClass = false)
class GatewayOperationsTest {

    @Inject
    EntityManager em;

    private static Sealer keyOf(String participant) {
        return Pkcs12Sealer.systemSeal(TestPki.get().pki().keyFile(participant),
                TestPki.KEY_PASSWORD.toCharArray());
    }

    private static RequestSpecification sealed(String participant, String method, String path, byte[] body) {
        RequestSpecification spec = given();
        SealedCall.headers(keyOf(participant), participant, method, path, java.time.Instant.now(), body).forEach(spec::header);
        return spec;
    }

    @Test
    void theAdminApiRefusesAnUnauthenticatedCall() {
        given().get("/admin/participants").then().statusCode(401).contentType("application/problem+json")
                .body("code", equalTo("UNAUTHENTICATED"));
        given().auth().preemptive().basic("admin", "wrong").get("/admin/participants").then().statusCode(401);
        given().auth().preemptive().basic("admin", EgovInfrastructureResource.ADMIN_PASSWORD).get("/admin/participants")
                .then().statusCode(200);
    }

    @Test
    void aPersonLookupIsAnsweredAndLoggedWithWhoAndWhy() {
        PersonRecord p = Citizens.livingIn("47");
        String path = "/api/persons/" + p.iin() + "?purpose=CITIZEN_SESSION&actor=" + p.iin();
        sealed("portal", "GET", path, null).get(path).then().statusCode(200).body("surname", equalTo(p.surname()))
                .body("addressKato", equalTo(p.addressKato()));
        List<?> reads = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "SELECT reader, purpose FROM person_read WHERE iin = ?1").setParameter(1, p.iin()).getResultList());
        assertThat(reads).hasSize(1);
        assertThat(((Object[]) reads.get(0))[0]).isEqualTo("portal");
        assertThat(((Object[]) reads.get(0))[1]).isEqualTo("CITIZEN_SESSION");
    }

    @Test
    void aLookupWithoutAValidSealIsRefused() {
        String path = "/api/persons/900101300123?purpose=x";
        given().header(SealedCall.PARTICIPANT, "portal").header(SealedCall.TIMESTAMP, java.time.Instant.now().toString())
                .header(SealedCall.SEAL, "AAAA").get(path).then().statusCode(400).body("code", equalTo("EDS_MALFORMED"));
        given().get(path).then().statusCode(401).body("code", equalTo("UNAUTHENTICATED"));
    }

    @Test
    void anAttachmentIsDownloadableOnlyByTheRecipientProvider() {
        byte[] file = ("%PDF-1.4 identity document " + System.nanoTime()).getBytes(StandardCharsets.UTF_8);
        Map<String, Object> stored = sealed("portal", "POST", "/api/attachments", file).contentType("application/pdf")
                .body(file).post("/api/attachments").then().statusCode(201).extract().as(Map.class);
        String sha = (String) stored.get("sha256");
        PersonRecord citizen = Citizens.livingIn("43101");
        ServiceRequest request = Citizens.portalRequest(citizen, "JOB_SEEKER_REGISTRATION",
                List.of(new AttachmentRef(sha, file.length, "application/pdf", "id.pdf", "IDENTITY_DOCUMENT")));
        byte[] document = EnvelopeCodec.encode(request);
        try (TestParticipant portal = new TestParticipant("portal", Topics.TO_PORTAL)) {
            portal.sendBytes(MessageType.SERVICE_REQUEST, request.serviceCode(), request.requestId(), null, document,
                    TestPeople.citizen(citizen).sign(document));
            TechnicalReceipt receipt = EnvelopeCodec.decode(portal.await(request.requestId(),
                    MessageType.TECHNICAL_RECEIPT).body(), TechnicalReceipt.class);
            String path = "/api/attachments/" + sha + "?requestId=" + request.requestId();
            byte[] got = sealed(receipt.providerId(), "GET", path, null).get(path).then().statusCode(200).extract()
                    .asByteArray();
            assertThat(got).isEqualTo(file);
            sealed("ec-47", "GET", path, null).get(path).then().statusCode(403).body("code", equalTo("FORBIDDEN"));
            sealed("portal", "GET", path, null).get(path).then().statusCode(403);
        }
    }

    @Test
    void anOversizedOrWrongTypeAttachmentIsRefused() {
        byte[] exe = "MZ\u0090\u0000".getBytes(StandardCharsets.ISO_8859_1);
        sealed("portal", "POST", "/api/attachments", exe).contentType("application/x-msdownload").body(exe)
                .post("/api/attachments").then().statusCode(415).body("code", equalTo("UNSUPPORTED_MEDIA_TYPE"));
    }

    @Test
    void aMessageFromAnUnknownSenderIsADeadLetterAndIsProcessedWhenReplayedAfterRegistration() throws java.io.IOException {
        String newcomer = "portal-" + System.nanoTime() % 100000;
        var issued = TestPki.get().pki().ca().issue(DevSubject.system(newcomer, "Новый портал", "040340000007"),
                SignatureAlgorithm.RSA_SHA256);
        // its key stays out of every deployment's directory: the portal's would refuse to start with it
        java.nio.file.Path key = java.nio.file.Files.createTempDirectory("newcomer").resolve(newcomer + ".p12");
        issued.writePkcs12(key, TestPki.KEY_PASSWORD.toCharArray());
        try (TestParticipant unknown = new TestParticipant(newcomer, Pkcs12Sealer.systemSeal(key,
                TestPki.KEY_PASSWORD.toCharArray()), Topics.TO_PORTAL, kz.egov.contract.topic.Deployment.PORTAL_ADAPTER)) {
            PersonRecord citizen = Citizens.livingIn("43101");
            ServiceRequest request = Citizens.portalRequest(citizen, "JOB_SEEKER_REGISTRATION", List.of());
            byte[] document = EnvelopeCodec.encode(request);
            var sent = unknown.sendBytes(MessageType.SERVICE_REQUEST, request.serviceCode(), request.requestId(), null,
                    document, TestPeople.citizen(citizen).sign(document));
            await().atMost(Duration.ofSeconds(30)).until(() -> deadLetterId(sent.messageId()) != null);
            Map<String, Object> letter = deadLetter(sent.messageId());
            assertThat(letter.get("reason")).isEqualTo("MSG_UNKNOWN_SENDER");

            // registered with its system certificate pinned (no unpinned participants)
            Map<String, Object> participant = Map.of("id", newcomer, "kind", "PORTAL", "name", "Новый портал",
                    "bin", "040340000007", "active", true, "maySend", List.of("SERVICE_REQUEST"),
                    "services", List.of("*"), "channels", List.of("PORTAL"), "certificateSha256",
                    kz.egov.eds.identity.Identities.sha256Hex(kz.egov.eds.pki.Certificates.der(issued.certificate())));
            given().auth().preemptive().basic("admin", EgovInfrastructureResource.ADMIN_PASSWORD).contentType("application/json")
                    .body(participant).put("/admin/participants/" + newcomer).then().statusCode(200);
            given().auth().preemptive().basic("admin", EgovInfrastructureResource.ADMIN_PASSWORD)
                    .post("/admin/messaging/dead-letters/" + deadLetterId(sent.messageId()) + "/replay").then().statusCode(200);
            assertThat(unknown.await(request.requestId(), MessageType.TECHNICAL_RECEIPT)).isNotNull();
        }
    }

    private Object deadLetterId(String messageId) {
        Map<String, Object> d = deadLetter(messageId);
        return d == null ? null : d.get("id");
    }

    private Map<String, Object> deadLetter(String messageId) {
        List<Map<String, Object>> all = given().auth().preemptive().basic("admin", EgovInfrastructureResource.ADMIN_PASSWORD)
                .get("/admin/messaging/dead-letters").then().statusCode(200).extract().jsonPath().getList("$");
        return all.stream().filter(d -> messageId.equals(d.get("messageId"))).findFirst().orElse(null);
    }

    @Test
    void tamperingWithTheMessageLogIsDetected() {
        someTraffic();
        given().auth().preemptive().basic("admin", EgovInfrastructureResource.ADMIN_PASSWORD).get("/admin/evidence/verify")
                .then().statusCode(200);
        long seq = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "SELECT max(seq) FROM evidence").getSingleResult()).longValue());
        String original = QuarkusTransaction.requiringNew().call(() -> (String) em.createNativeQuery(
                "SELECT outcome FROM evidence WHERE seq = ?1").setParameter(1, seq).getSingleResult());
        // the database refuses changes to evidence; an attacker with the power to disable that is still caught
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("ALTER TABLE evidence DISABLE TRIGGER evidence_no_update").executeUpdate();
            em.createNativeQuery("UPDATE evidence SET outcome = 'OK-forged' WHERE seq = ?1").setParameter(1, seq).executeUpdate();
        });
        try {
            given().auth().preemptive().basic("admin", EgovInfrastructureResource.ADMIN_PASSWORD).get("/admin/evidence/verify")
                    .then().statusCode(200).body("intact", equalTo(false))
                    .body("problems[0]", equalTo("record " + seq + " was altered"));
        } finally {
            QuarkusTransaction.requiringNew().run(() -> {
                em.createNativeQuery("UPDATE evidence SET outcome = ?1 WHERE seq = ?2").setParameter(1, original)
                        .setParameter(2, seq).executeUpdate();
                em.createNativeQuery("ALTER TABLE evidence ENABLE TRIGGER evidence_no_update").executeUpdate();
            });
        }
        given().auth().preemptive().basic("admin", EgovInfrastructureResource.ADMIN_PASSWORD).get("/admin/evidence/verify")
                .then().statusCode(200).body("intact", equalTo(true));
    }

    @Test
    void theDatabaseRefusesToChangeEvidence() {
        someTraffic();
        Throwable refused = null;
        try {
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("DELETE FROM evidence").executeUpdate());
        } catch (RuntimeException e) {
            refused = e;
        }
        assertThat(refused).as("evidence is append-only").isNotNull();
    }

    /** A request routed through the gateway, so the message log has records. */
    private void someTraffic() {
        PersonRecord citizen = Citizens.livingIn("43101");
        ServiceRequest request = Citizens.portalRequest(citizen, "JOB_SEEKER_REGISTRATION", List.of());
        byte[] document = EnvelopeCodec.encode(request);
        try (TestParticipant portal = new TestParticipant("portal", Topics.TO_PORTAL)) {
            portal.sendBytes(MessageType.SERVICE_REQUEST, request.serviceCode(), request.requestId(), null, document,
                    TestPeople.citizen(citizen).sign(document));
            portal.await(request.requestId(), MessageType.TECHNICAL_RECEIPT);
        }
    }
}
