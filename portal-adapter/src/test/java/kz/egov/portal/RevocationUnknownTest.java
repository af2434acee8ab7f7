package kz.egov.portal;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import kz.egov.contract.reason.ReasonCode;
import kz.egov.eds.algorithm.SignatureAlgorithm;
import kz.egov.eds.devca.IssueOptions;
import kz.egov.testinfra.EgovInfrastructureResource;
import kz.egov.testinfra.TestPeople;
import kz.egov.testinfra.TestPki;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Revocation fails closed at the portal: while НУЦ's OCSP responder gives no answer, a request signed with a
 * certificate whose status cannot be established is answered 503 with Retry-After and its draft stays as it was, so
 * the citizen submits it again once the responder answers (never accepted on a guess, never refused for good).
 */
@QuarkusTest
@QuarkusTestResource(value = EgovInfrastructureResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = GatewayStandIn.class, restrictToAnnotatedClass = false)
class RevocationUnknownTest {

    @AfterEach
    void responderBack() {
        TestPki.get().nuc().ocspOutage(false);
    }

    @Test
    void aSubmissionIsAnswered503WhileTheOcspResponderIsDownAndAcceptedAfter() {
        Portal.Citizen c = Portal.newCitizen();
        JsonPath draft = Portal.draft(c);
        // the citizen's second certificate, never checked by the portal: no OCSP answer of it is cached
        TestPeople.PersonKey newKey = TestPeople.citizen(c.person(), SignatureAlgorithm.RSA_SHA256,
                IssueOptions.defaults());
        byte[] signature = newKey.sign(Portal.document(draft));

        TestPki.get().nuc().ocspOutage(true);
        Portal.submit(c, draft, signature, null).then().statusCode(503)
                .header("Retry-After", notNullValue())
                .body("code", equalTo(ReasonCode.EDS_REVOCATION_UNKNOWN.code()));

        TestPki.get().nuc().ocspOutage(false);
        Portal.sleep(5_500); // the verifier's back-off after the responder's failures
        Portal.submit(c, draft, signature, null).then().statusCode(201);
    }
}
