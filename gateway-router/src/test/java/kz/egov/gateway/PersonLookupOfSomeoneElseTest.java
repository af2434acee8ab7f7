package kz.egov.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import kz.egov.contract.message.PersonRecord;
import kz.egov.platform.persistence.NativeRows;
import kz.egov.reference.Participants;
import kz.egov.testinfra.EgovInfrastructureResource;
import org.junit.jupiter.api.Test;

/**
 * Issue [wave 2 · 6/16]: "ГБД ФЛ look-ups carry a free-text purpose and requestId that nobody checks … the portal may
 * look up only the signed-in citizen (the sealed call carries the session's IIN); a provider only the applicant of a
 * request routed to it, or a walk-in it is entering (logged with the officer); everything else refused and logged."
 */
@QuarkusTest
@QuarkusTestResource(value = EgovInfrastructureResource.class, restrictToAnnotatedClass = false)
class PersonLookupOfSomeoneElseTest {

    private static final String OFFICER = kz.egov.eds.identity.IinGenerator.nth(java.time.LocalDate.of(1980, 1, 1),
            kz.egov.eds.identity.Sex.FEMALE, 4);

    @Inject
    EntityManager em;

    @Test
    void thePortalReadsTheSignedInCitizenOnly() {
        PersonRecord citizen = Citizens.livingIn("47");
        PersonRecord someoneElse = Citizens.livingIn("43");
        lookup("portal", someoneElse.iin(), "CITIZEN_SESSION&actor=" + citizen.iin()).statusCode(403)
                .body("code", equalTo("FORBIDDEN"));
        lookup("portal", citizen.iin(), "x-free-text").statusCode(400).body("code", equalTo("VALIDATION_FAILED"));
        assertThat(refusals(someoneElse.iin())).containsExactly("portal:FORBIDDEN");
        lookup("portal", citizen.iin(), "CITIZEN_SESSION&actor=" + citizen.iin()).statusCode(200);
    }

    @Test
    void aProviderReadsTheApplicantOfARequestRoutedToItOnly() {
        PersonRecord applicant = Citizens.livingIn("4310");
        PersonRecord someoneElse = Citizens.livingIn("4310");
        String theirs = SealedCalls.routedTo(em, "ec-4710", applicant.iin());
        String ours = SealedCalls.routedTo(em, "ec-4310", applicant.iin());

        lookup("ec-4310", applicant.iin(), "ROUTED_REQUEST&requestId=" + theirs).statusCode(403)
                .body("code", equalTo("MSG_NOT_ROUTED_TO_SENDER"));
        lookup("ec-4310", someoneElse.iin(), "ROUTED_REQUEST&requestId=" + ours).statusCode(403)
                .body("code", equalTo("MSG_APPLICANT_MISMATCH"));
        lookup("ec-4310", applicant.iin(), "ROUTED_REQUEST&requestId=" + ours).statusCode(200);
        assertThat(refusals(someoneElse.iin())).containsExactly("ec-4310:MSG_APPLICANT_MISMATCH");
    }

    @Test
    void aWalkInIsReadOnlyForTheStaffMemberEnteringItAndLoggedWithThem() {
        PersonRecord walkIn = Citizens.livingIn("4310");
        String branch = Participants.ofKind("BRANCH").get(0).id();
        lookup(branch, walkIn.iin(), "WALK_IN").statusCode(403).body("code", equalTo("FORBIDDEN"));
        lookup(branch, walkIn.iin(), "WALK_IN&actor=" + OFFICER).statusCode(200);
        lookup("ec-4310", walkIn.iin(), "WALK_IN&actor=" + OFFICER).statusCode(200);
        lookup("labour-market-registry", walkIn.iin(), "WALK_IN&actor=" + OFFICER).statusCode(403);
        List<?> actors = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("SELECT actor_iin FROM "
                + "person_read WHERE iin = ?1 AND refused IS NULL").setParameter(1, walkIn.iin()).getResultList());
        assertThat(actors).hasSize(2).allMatch(a -> OFFICER.equals(a.toString().trim()));
    }

    private static io.restassured.response.ValidatableResponse lookup(String participant, String iin, String query) {
        String path = "/api/persons/" + iin + "?purpose=" + query;
        return SealedCalls.sealed(participant, "GET", path, null).get(path).then();
    }

    private List<String> refusals(String iin) {
        return QuarkusTransaction.requiringNew().call(() -> NativeRows.map(em, "SELECT reader, refused FROM "
                + "person_read WHERE iin = ?1 AND refused IS NOT NULL", r -> r.string("reader") + ":"
                + r.string("refused"), iin));
    }
}
