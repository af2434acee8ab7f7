package kz.egov.mio;

import static kz.egov.mio.Mio.act;
import static kz.egov.mio.Mio.awaitStatus;
import static kz.egov.mio.Mio.officer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.UUID;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import kz.egov.contract.envelope.MessageType;
import kz.egov.contract.message.PersonRecord;
import kz.egov.contract.message.RegistryCommandType;
import kz.egov.contract.message.StatusChange;
import kz.egov.contract.status.BusinessStatus;
import kz.egov.mio.officer.OfficerRole;
import kz.egov.mio.officer.OfficerSeeds;
import kz.egov.testinfra.EgovInfrastructureResource;
import org.junit.jupiter.api.Test;

/**
 * Issue [wave 2 · 8/16], found by V04's journey at the State Corporation: the district specialist who signs (V04's ЦОН
 * table, action 11: the output document created and sent, signed, to ЦОН, 001 L746) is the last officer of the table,
 * and ИС МИО said «issued — sent to the applicant's personal cabinet» on signing. The applicant came
 * to a branch, not the portal: the signed result goes to the branch, which hands it over, and only the branch's
 * hand-over closes the case.
 */
@QuarkusTest
@QuarkusTestResource(value = EgovInfrastructureResource.class, restrictToAnnotatedClass = false)
class SignerBeforeTheStateCorporationsStepsTest {

    @Test
    void theSignedResultWaitsForTheBranchsHandOver() {
        String provider = "dep-7511";
        PersonRecord citizen = Mio.citizen("7511");
        String id = Mio.corpRequest(citizen, "UNEMPLOYED_CERTIFICATE", "V04", provider, "con-75",
                "PKG-" + UUID.randomUUID());
        OfficerSeeds.Seed specialist = officer(provider, OfficerRole.SPECIALIST);
        awaitStatus(id, BusinessStatus.RECEIVED);
        act(specialist, id, "COMPLETE_STEP").statusCode(200).body("summary.stepNumber", equalTo(6));
        act(specialist, id, "PREPARE_RESULT").statusCode(200);
        assertThat(FakeRegistry.answer(id, provider).command())
                .isEqualTo(RegistryCommandType.CHECK_UNEMPLOYED_REGISTRATION);
        Awaits.draft(specialist, id, "REFUSAL");
        act(specialist, id, "COMPLETE_STEP").statusCode(200).body("summary.stepNumber", equalTo(11));

        Mio.sign(specialist, id).statusCode(200).body("summary.status", equalTo("MOTIVATED_REFUSAL"));

        assertThat(Mio.gateway().received().stream().filter(m -> m.correlationId().equals(id)
                && m.type() == MessageType.STATUS_CHANGE
                && Mio.body(m, StatusChange.class).status() == BusinessStatus.ISSUED)).as("not issued by signing").isEmpty();
        assertThat(Mio.caseOf(specialist, id).get("actions").findValuesAsText("action"))
                .contains("PASSED_TO_STATE_CORPORATION");
        assertThat(Mio.caseOf(specialist, id).path("finishedAt").isNull()).as("open until the hand-over").isTrue();
        Mio.handedOverAtBranch(id, "UNEMPLOYED_CERTIFICATE", provider, "con-75");
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).until(() ->
                "ISSUED".equals(Mio.caseOf(specialist, id).at("/summary/status").asText()));
        assertThat(Mio.caseOf(specialist, id).path("outcome").asText()).isEqualTo("MOTIVATED_REFUSAL");
    }
}
