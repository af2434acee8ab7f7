package kz.egov.gateway;

import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import kz.egov.reference.Participants;
import kz.egov.testinfra.EgovInfrastructureResource;
import org.junit.jupiter.api.Test;

/**
 * Issue [wave 2 · 5/16]: the evidence call is one "that the participant registry allows": a participant without the
 * registry's EVIDENCE read grant (a State Corporation branch) is refused even for a request it sent itself.
 */
@QuarkusTest
@QuarkusTestResource(value = EgovInfrastructureResource.class, restrictToAnnotatedClass = false)
class EvidenceReadWithoutGrantTest {

    @Inject
    EntityManager em;

    @Test
    void aBranchWithoutTheGrantCannotReadEvenItsOwnRequestsEvidence() {
        String branch = Participants.ofKind("BRANCH").get(0).id();
        String own = SealedCalls.routedFor(em, branch);
        SealedCalls.sealed(branch, "GET", "/api/evidence/requests/" + own, null)
                .get("/api/evidence/requests/" + own).then().statusCode(403).body("code", equalTo("FORBIDDEN"));
    }
}
