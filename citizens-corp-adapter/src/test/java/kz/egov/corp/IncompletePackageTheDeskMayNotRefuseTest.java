package kz.egov.corp;

import static kz.egov.corp.Desk.as;
import static kz.egov.corp.Desk.item;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import kz.egov.contract.envelope.EnvelopeCodec;
import kz.egov.contract.message.PersonRecord;
import kz.egov.contract.message.ServiceRequest;
import kz.egov.testinfra.EgovInfrastructureResource;
import org.junit.jupiter.api.Test;

/**
 * Issue [wave 2 · 7/16]: "the ЦОН desk refuses incomplete packages for every variant, also where the text gives the
 * State Corporation no refusal to accept (V10; V11 p. 11; V04's ЦОН path)". V11, 003_bbbd0f9291d09582.txt p.11
 * (L658–660): «Мемлекеттік корпорацияның қызметкері … өтініш пен құжаттарды қабылдап алуы – 30 (отыз) минут», with no
 * condition in p.11 (L653–680); the refusal to accept of p.5 (L549–552) and p.10 (L633–636) is the provider's. The desk
 * accepts what is presented and forwards it; the provider decides. And V14 (003 L51–60), one paragraph of an amendment,
 * is run on no channel.
 */
@QuarkusTest
@QuarkusTestResource(value = EgovInfrastructureResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = GatewayStandInResource.class, restrictToAnnotatedClass = false)
class IncompletePackageTheDeskMayNotRefuseTest {

    @Test
    void v11sIncompletePackageIsAcceptedAndItsExpiredDocumentForwarded() {
        String token = Desk.signIn("con-63", 0);
        PersonRecord citizen = Desk.citizenOf("63");
        Response draft = Desk.postPackage(token, citizen.iin(), "JOB_SEEKER_REGISTRATION", List.of(
                item("APPLICATION", true, null, "application.pdf"),
                item("IDENTITY_DOCUMENT", true, LocalDate.now().minusDays(3), "identity.pdf")),
                Map.of("application.pdf", Desk.PDF, "identity.pdf", Desk.PDF));
        draft.then().statusCode(201).body("variantCode", equalTo("V11"));
        ServiceRequest request = EnvelopeCodec.decode(Base64.getDecoder().decode(draft.jsonPath().getString("document")),
                ServiceRequest.class);
        // the expired identity document goes to the provider with the rest, for it to decide
        assertThat(request.attachments()).extracting(a -> a.documentCode())
                .containsExactlyInAnyOrder("APPLICATION", "IDENTITY_DOCUMENT");
    }

    @Test
    void aFragmentOfARegulationIsOfferedAtNoDesk() {
        String token = Desk.signIn("con-63", 0);
        assertThat(as(token).get("/api/services").jsonPath().getList("serviceCode", String.class))
                .doesNotContain("NUCLEAR_TEST_VICTIM_SUPPORT");
        Desk.postPackage(token, Desk.citizenOf("63").iin(), "NUCLEAR_TEST_VICTIM_SUPPORT", List.of(), Map.of())
                .then().statusCode(409).body("code", equalTo("SERVICE_TEXT_INCOMPLETE"));
    }
}
