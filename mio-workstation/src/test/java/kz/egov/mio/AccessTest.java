package kz.egov.mio;

import static io.restassured.RestAssured.given;
import static kz.egov.mio.Mio.act;
import static kz.egov.mio.Mio.awaitStatus;
import static kz.egov.mio.Mio.officer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.Base64;
import java.util.List;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import kz.egov.contract.envelope.MessageType;
import kz.egov.contract.message.AttachmentRef;
import kz.egov.contract.message.Rejection;
import kz.egov.contract.status.BusinessStatus;
import kz.egov.mio.officer.OfficerRole;
import kz.egov.mio.officer.OfficerSeeds;
import kz.egov.testinfra.EgovInfrastructureResource;
import org.junit.jupiter.api.Test;

/** Who may see and do what: roles, tenants, officers' signatures, refusal to accept, accounts. */
@QuarkusTest
@QuarkusTestResource(value = EgovInfrastructureResource.class, restrictToAnnotatedClass = false)
class AccessTest {

    static final String KYZYLORDA = "ec-4310";

    /** The gateway's attachment store not reachable: the officer is told to try again shortly (503), not an error. */
    @Test
    void aFileWhileTheGatewayIsNotReachableIsAnswered503WithRetryAfter() {
        String sha256 = "b".repeat(64);
        String id = Mio.portalRequest(Mio.citizen("4310"), "JOB_SEEKER_REGISTRATION", "V06", KYZYLORDA, null,
                List.of(new AttachmentRef(sha256, 1024, "application/pdf", "diploma.pdf", null)));
        awaitStatus(id, BusinessStatus.RECEIVED);
        OfficerSeeds.Seed registrar = officer(KYZYLORDA, OfficerRole.REGISTRAR);
        given().header("Authorization", "Bearer " + Mio.token(registrar))
                .get("/api/cases/{id}/attachments/{sha}", id, sha256).then().statusCode(503)
                .header("Retry-After", "2").contentType("application/problem+json")
                .body("code", equalTo("SERVICE_UNAVAILABLE"));
    }

    @Test
    void onlyTheStepsRoleActsAndOtherProvidersDoNotSeeTheCase() {
        String id = Mio.portalRequest(Mio.citizen("4310"), "JOB_SEEKER_REGISTRATION", "V06", KYZYLORDA, null);
        awaitStatus(id, BusinessStatus.RECEIVED);
        OfficerSeeds.Seed registrar = officer(KYZYLORDA, OfficerRole.REGISTRAR);
        OfficerSeeds.Seed head = officer(KYZYLORDA, OfficerRole.HEAD);
        OfficerSeeds.Seed executor = officer(KYZYLORDA, OfficerRole.EXECUTOR);
        OfficerSeeds.Seed foreignRegistrar = officer("ec-47", OfficerRole.REGISTRAR);

        act(executor, id, "COMPLETE_STEP").statusCode(403).body("code", equalTo("REQ_WRONG_ROLE"));
        act(head, id, "COMPLETE_STEP").statusCode(403).body("code", equalTo("REQ_WRONG_ROLE"));
        act(registrar, id, Map.of("action", "ASSIGN_EXECUTOR", "executorIin", executor.iin())).statusCode(403);
        act(registrar, id, "SIGN").statusCode(409);
        // another tenant: not found, whatever the role
        act(foreignRegistrar, id, "COMPLETE_STEP").statusCode(404).body("code", equalTo("NOT_FOUND"));
        given().header("Authorization", "Bearer " + Mio.token(foreignRegistrar)).get("/api/cases/{id}", id).then()
                .statusCode(404);
        assertThat(queue(foreignRegistrar)).doesNotContain(id);
        // a request's files: another tenant does not see them, nor does anyone get a file the request does not list
        String someFile = "a".repeat(64);
        given().header("Authorization", "Bearer " + Mio.token(foreignRegistrar))
                .get("/api/cases/{id}/attachments/{sha}", id, someFile).then().statusCode(404);
        given().header("Authorization", "Bearer " + Mio.token(registrar))
                .get("/api/cases/{id}/attachments/{sha}", id, someFile).then().statusCode(404)
                .body("code", equalTo("NOT_FOUND"));
        // an executor of another provider cannot be named
        act(head, id, "COMPLETE_STEP").statusCode(403);
        act(registrar, id, "COMPLETE_STEP").statusCode(200);
        act(head, id, Map.of("action", "ASSIGN_EXECUTOR", "executorIin", officer("ec-47", OfficerRole.EXECUTOR).iin()))
                .statusCode(404);
        act(head, id, "COMPLETE_STEP").statusCode(409).body("code", equalTo("CONFLICT"));
        assertThat(queue(head)).contains(id);
        assertThat(queue(registrar)).doesNotContain(id);
        given().get("/api/queue").then().statusCode(401).body("code", equalTo("AUTH_TOKEN_INVALID"));

        // reads and refusals are audited, without raw IINs in the detail
        List<Map<String, Object>> audit = given().auth().preemptive().basic("admin", EgovInfrastructureResource.ADMIN_PASSWORD)
                .get("/admin/audit?requestId=" + id).then().statusCode(200).extract().jsonPath().getList("$");
        assertThat(audit).extracting(a -> a.get("what") + ":" + a.get("outcome")).contains("ACTION_COMPLETE_STEP:REQ_WRONG_ROLE",
                "ACTION_COMPLETE_STEP:NOT_FOUND", "READ_CASE:NOT_FOUND", "ACTION_COMPLETE_STEP:OK",
                "READ_ATTACHMENT:NOT_FOUND");
        assertThat(audit).allSatisfy(a -> assertThat(String.valueOf(a.get("detail"))).doesNotContain(executor.iin()));
    }

    @Test
    void aResultSignedBySomeoneOtherThanTheActingOfficerIsRefused() {
        String id = Mio.portalRequest(Mio.citizen("4310"), "JOB_SEEKER_REGISTRATION", "V06", KYZYLORDA, null);
        OfficerSeeds.Seed registrar = officer(KYZYLORDA, OfficerRole.REGISTRAR);
        OfficerSeeds.Seed head = officer(KYZYLORDA, OfficerRole.HEAD);
        OfficerSeeds.Seed executor = officer(KYZYLORDA, OfficerRole.EXECUTOR);
        WorkflowTest.toExecutor(id, registrar, head, executor);
        act(executor, id, Map.of("action", "PREPARE_REFUSAL", "reasonCode", "REQ_MOTIVATED_REFUSAL",
                "ground", "не представлено удостоверение личности")).statusCode(200);
        act(executor, id, "COMPLETE_STEP").statusCode(200);
        act(executor, id, "SIGN").statusCode(403);

        Mio.sign(head, id, executor).statusCode(403).body("code", equalTo("EDS_SIGNER_NOT_ACTING_OFFICER"));
        Mio.sign(head, id, officer("ec-47", OfficerRole.HEAD)).statusCode(400).body("code", equalTo("EDS_BIN_MISMATCH"));
        act(head, id, Map.of("action", "SIGN", "signature", Base64.getEncoder().encodeToString(new byte[] {1, 2})))
                .statusCode(400);
        assertThat(Mio.countSent(id, MessageType.RESULT_DOCUMENT)).isZero();

        Mio.sign(head, id).statusCode(200).body("summary.status", equalTo("ISSUED"));
        assertThat(awaitStatus(id, BusinessStatus.MOTIVATED_REFUSAL).comment()).isEqualTo("не представлено удостоверение личности");
    }

    @Test
    void aRefusalToAcceptReachesTheOriginAndClosesTheCase() {
        // V06's refusal to accept is its office's (002 L62)
        String id = Mio.officeRequest(Mio.citizen("4310"), "JOB_SEEKER_REGISTRATION", "V06", KYZYLORDA);
        OfficerSeeds.Seed registrar = officer(KYZYLORDA, OfficerRole.REGISTRAR);
        awaitStatus(id, BusinessStatus.RECEIVED);
        act(registrar, id, Map.of("action", "REFUSE_TO_ACCEPT", "reasonCode", "PKG_DOCUMENTS_EXPIRED",
                "comment", "удостоверение личности просрочено")).statusCode(200).body("outcome", equalTo("REFUSAL_TO_ACCEPT"));
        Rejection rejection = Mio.body(Mio.awaitSent(id, MessageType.REJECTION), Rejection.class);
        assertThat(rejection.reasonCode()).isEqualTo("PKG_DOCUMENTS_EXPIRED");
        assertThat(rejection.rejectedBy()).isEqualTo(KYZYLORDA);
        awaitStatus(id, BusinessStatus.REFUSAL_TO_ACCEPT);
        act(registrar, id, "COMPLETE_STEP").statusCode(409).body("code", equalTo("REQ_ILLEGAL_TRANSITION"));
    }

    @Test
    void officersAndProvidersAreAdministeredAndRepeatedFailuresLockTheAccount() {
        var admin = given().auth().preemptive().basic("admin", EgovInfrastructureResource.ADMIN_PASSWORD)
                .contentType(ContentType.JSON);
        admin.get("/admin/providers").then().statusCode(200).body("find { it.id == 'ec-4310' }.bin", equalTo("090540004998"))
                .body("find { it.id == 'ec-4310' }.hasSystemKey", equalTo(true));
        given().get("/admin/providers").then().statusCode(401);
        String iin = kz.egov.eds.identity.IinGenerator.nth(java.time.LocalDate.of(1990, 4, 4),
                kz.egov.eds.identity.Sex.MALE, 7);
        given().auth().preemptive().basic("admin", EgovInfrastructureResource.ADMIN_PASSWORD).contentType(ContentType.JSON)
                .body(Map.of("providerId", "ec-43", "iin", iin, "surname", "Беков", "givenName", "Арман",
                        "roles", List.of("SPECIALIST"), "password", "new-officer-pass-1"))
                .post("/admin/officers").then().statusCode(200).body("roles", equalTo(List.of("SPECIALIST")));
        given().contentType(ContentType.JSON).body(Map.of("iin", iin, "password", "new-officer-pass-1"))
                .post("/api/sign-in").then().statusCode(200).body("officer.providerId", equalTo("ec-43"));
        for (int i = 0; i < 4; i++) {
            given().contentType(ContentType.JSON).body(Map.of("iin", iin, "password", "wrong-" + i)).post("/api/sign-in")
                    .then().statusCode(401).body("code", equalTo("AUTH_BAD_CREDENTIALS"));
        }
        given().contentType(ContentType.JSON).body(Map.of("iin", iin, "password", "wrong-4")).post("/api/sign-in")
                .then().statusCode(423).body("code", equalTo("AUTH_ACCOUNT_LOCKED"));
        given().contentType(ContentType.JSON).body(Map.of("iin", iin, "password", "new-officer-pass-1"))
                .post("/api/sign-in").then().statusCode(423).body("code", equalTo("AUTH_ACCOUNT_LOCKED"));
    }

    static List<String> queue(OfficerSeeds.Seed officer) {
        return given().header("Authorization", "Bearer " + Mio.token(officer)).get("/api/queue").then().statusCode(200)
                .extract().jsonPath().getList("requestId");
    }
}
