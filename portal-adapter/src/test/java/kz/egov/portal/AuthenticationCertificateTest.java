package kz.egov.portal;

import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import kz.egov.contract.message.PersonRecord;
import kz.egov.contract.reason.ReasonCode;
import kz.egov.eds.algorithm.SignatureAlgorithm;
import kz.egov.eds.devca.IssueOptions;
import kz.egov.eds.pki.CertificateProfileKind;
import kz.egov.testinfra.EgovInfrastructureResource;
import kz.egov.testinfra.TestPeople;
import org.junit.jupiter.api.Test;

/**
 * A citizen's authentication certificate (НУЦ profile: digitalSignature + keyEncipherment, clientAuth) signs them in
 * — the portal's registration challenge — but is never a signature (ЭЦП) on a request: that needs the individual's
 * signing certificate.
 */
@QuarkusTest
@QuarkusTestResource(value = EgovInfrastructureResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = GatewayStandIn.class, restrictToAnnotatedClass = false)
class AuthenticationCertificateTest {

    @Test
    void theAuthenticationCertificateRegistersButDoesNotSignARequest() {
        PersonRecord p = Portal.nextPerson();
        TestPeople.PersonKey auth = TestPeople.citizen(p, SignatureAlgorithm.RSA_SHA256,
                IssueOptions.profile(CertificateProfileKind.INDIVIDUAL_AUTHENTICATION));
        Portal.register(p, auth, Portal.PASSWORD, "ru").then().statusCode(201);
        String token = Portal.signIn(p.iin(), Portal.PASSWORD).then().statusCode(201).extract().path("token");
        Portal.Citizen c = new Portal.Citizen(p, auth, token);

        JsonPath draft = Portal.draft(c);
        Portal.submit(c, draft, auth.sign(Portal.document(draft)), null).then().statusCode(400)
                .body("code", equalTo(ReasonCode.EDS_AUTHENTICATION_CERTIFICATE.code()));
    }
}
