package kz.egov.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import kz.egov.reference.Participants;
import kz.egov.testinfra.EgovInfrastructureResource;
import org.junit.jupiter.api.Test;

/**
 * Issue [wave 2 · 5/16]: "The portal's public verification cross-checks the gateway's evidence through a sealed,
 * read-only call that the participant registry allows, not with an admin password." The portal reads the evidence of
 * the requests it sent; another participant's request is not found to it, and an unsealed call is refused.
 */
@QuarkusTest
@QuarkusTestResource(value = EgovInfrastructureResource.class, restrictToAnnotatedClass = false)
class EvidenceOfAnotherParticipantsRequestTest {

    @Inject
    EntityManager em;

    @Test
    void thePortalReadsItsOwnRequestsEvidenceAndNoOneElses() {
        String own = SealedCalls.routedFor(em, "portal");
        String others = SealedCalls.routedFor(em, Participants.ofKind("BRANCH").get(0).id());

        SealedCalls.sealed("portal", "GET", "/api/evidence/requests/" + own, null)
                .get("/api/evidence/requests/" + own).then().statusCode(200);
        SealedCalls.sealed("portal", "GET", "/api/evidence/requests/" + others, null)
                .get("/api/evidence/requests/" + others).then().statusCode(404).body("code", equalTo("NOT_FOUND"));
        given().get("/api/evidence/requests/" + own).then().statusCode(401).body("code", equalTo("UNAUTHENTICATED"));
    }

    @Test
    void aSealOverAnotherPathDoesNotOpenThisOne() {
        String own = SealedCalls.routedFor(em, "portal");
        SealedCalls.sealed("portal", "GET", "/api/evidence/requests/other", null)
                .get("/api/evidence/requests/" + own).then().statusCode(400)
                .body("code", org.hamcrest.Matchers.startsWith("EDS_"));
    }

    @Test
    void theOperatorsApiStillWantsTheGatewaysOwnAdminPassword() {
        String own = SealedCalls.routedFor(em, "portal");
        given().get("/admin/evidence/requests/" + own).then().statusCode(401);
        given().auth().preemptive().basic("admin", EgovInfrastructureResource.ADMIN_PASSWORD)
                .get("/admin/evidence/requests/" + own).then().statusCode(200);
    }
}
