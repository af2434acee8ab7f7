package kz.egov.registry;

import static kz.egov.contract.message.RegistryCommandType.CHECK_LABOUR_ACTIVITY;
import static kz.egov.contract.message.RegistryCommandType.DEREGISTER;
import static kz.egov.contract.message.RegistryCommandType.REFER_TO_MEASURE;
import static kz.egov.contract.message.RegistryCommandType.REGISTER_JOB_SEEKER;
import static kz.egov.contract.message.RegistryCommandType.REGISTER_UNEMPLOYED;
import static kz.egov.registry.Registry.command;
import static kz.egov.registry.Registry.data;
import static kz.egov.registry.Registry.identity;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import kz.egov.contract.message.PersonRecord;
import kz.egov.contract.message.RegistryEvent;
import kz.egov.reference.EmploymentRecords;
import kz.egov.testinfra.EgovInfrastructureResource;
import org.junit.jupiter.api.Test;

/**
 * Before a referral the executor «checks that a personal record card as job seeker or unemployed exists»; the
 * labour-activity check answers from the employment records with their source and date.
 */
@QuarkusTest
@QuarkusTestResource(value = EgovInfrastructureResource.class, restrictToAnnotatedClass = false)
class ReferralAndLabourActivityTest extends WithRegistry {

    static JsonNode referral(String kind) {
        return data("measureKind", kind, "employer", "ТОО «Сырдарья Агро»", "employerBin", "071040003320",
                "vacancy", "агроном", "referralNumber", "Н-" + kind, "validUntil", People.today().plusDays(10).toString());
    }

    @Test
    void aReferralNeedsAPersonalRecordCard() {
        PersonRecord citizen = People.anyone();

        RegistryEvent event = registry.send(command(REFER_TO_MEASURE, citizen.iin(), referral("EMPLOYMENT")));

        assertThat(event.accepted()).isFalse();
        assertThat(event.reasonCode()).isEqualTo("REGISTRY_NO_RECORD_CARD");
    }

    @Test
    void theCardCreatedByJobSeekerRegistrationIsWhatAReferralToEachMeasureRequires() {
        PersonRecord citizen = People.anyone();
        RegistryEvent registered = registry.send(command(REGISTER_JOB_SEEKER, citizen.iin(),
                identity(citizen).put("channel", "PROVIDER_OFFICE")));
        assertThat(registered.accepted()).isTrue();

        RegistryEvent last = null;
        for (String kind : List.of("EMPLOYMENT", "YOUTH_PRACTICE", "SOCIAL_JOBS", "PUBLIC_WORKS")) {
            last = registry.send(command(REFER_TO_MEASURE, citizen.iin(), referral(kind)));
            assertThat(last.accepted()).as(kind).isTrue();
        }
        JsonNode referrals = last.card().get("referrals");
        assertThat(referrals).extracting(r -> r.get("measureKind").asText())
                .containsExactly("EMPLOYMENT", "YOUTH_PRACTICE", "SOCIAL_JOBS", "PUBLIC_WORKS");
        JsonNode first = referrals.get(0);
        assertThat(first.get("employer").asText()).isEqualTo("ТОО «Сырдарья Агро»");
        assertThat(first.get("employerBin").asText()).isEqualTo("071040003320");
        assertThat(first.get("vacancy").asText()).isEqualTo("агроном");
        assertThat(first.get("referralNumber").asText()).isEqualTo("Н-EMPLOYMENT");
        assertThat(first.get("referredOn").asText()).isEqualTo(People.today().toString());
        assertThat(first.at("/data/validUntil").asText()).isEqualTo(People.today().plusDays(10).toString());
        assertThat(last.card().get("history")).hasSize(5);

        registry.send(command(DEREGISTER, citizen.iin(), data("reason", "трудоустроен")));
        RegistryEvent afterDeregistration = registry.send(command(REFER_TO_MEASURE, citizen.iin(), referral("EMPLOYMENT")));
        assertThat(afterDeregistration.reasonCode()).isEqualTo("REGISTRY_NOT_JOB_SEEKER");
        assertThat(afterDeregistration.card().get("referrals")).hasSize(4);
    }

    @Test
    void anUnemployedPersonIsReferredToo() {
        PersonRecord citizen = People.withoutLabourActivity();
        registry.send(command(REGISTER_JOB_SEEKER, citizen.iin(), identity(citizen).put("channel", "PORTAL")));
        registry.send(command(REGISTER_UNEMPLOYED, citizen.iin(),
                data("decisionNumber", "21-ЖР", "decisionDate", People.today().toString())));

        RegistryEvent event = registry.send(command(REFER_TO_MEASURE, citizen.iin(), referral("PUBLIC_WORKS")));

        assertThat(event.accepted()).isTrue();
        assertThat(event.card().get("status").asText()).isEqualTo("UNEMPLOYED");
    }

    @Test
    void aReferralToAMeasureOutsideTheRegulationsIsInvalid() {
        PersonRecord citizen = People.anyone();
        registry.send(command(REGISTER_JOB_SEEKER, citizen.iin(), identity(citizen).put("channel", "PORTAL")));

        RegistryEvent event = registry.send(command(REFER_TO_MEASURE, citizen.iin(), referral("RETRAINING")));

        assertThat(event.reasonCode()).isEqualTo("VALIDATION_FAILED");
        assertThat(event.card().get("referrals")).isEmpty();
    }

    @Test
    void noLabourActivityIsTrueForAPersonWithoutARunningContract() {
        PersonRecord citizen = People.withoutLabourActivity();

        RegistryEvent event = registry.send(command(CHECK_LABOUR_ACTIVITY, citizen.iin(), data()));

        assertThat(event.accepted()).isTrue();
        JsonNode answer = event.card().get("labourActivity");
        assertThat(answer.get("hasLabourActivity").asBoolean()).isFalse();
        assertThat(answer.get("checkedOn").asText()).isEqualTo(People.today().toString());
        assertThat(answer.get("source").asText()).contains("pension contributions");
        assertThat(answer.get("dataDate").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(answer.get("employments")).hasSize(EmploymentRecords.of(citizen).size());
        assertThat(answer.get("employments")).allSatisfy(e -> assertThat(e.get("active").asBoolean()).isFalse());
        assertThat(event.card().get("history")).as("no card: only the IIN").isNull();
    }

    @Test
    void labourActivityIsFoundForAPersonWithARunningContract() {
        PersonRecord citizen = People.withLabourActivity();
        EmploymentRecords.Employment job = EmploymentRecords.of(citizen).get(0);

        RegistryEvent event = registry.send(command(CHECK_LABOUR_ACTIVITY, citizen.iin(), data()));

        JsonNode answer = event.card().get("labourActivity");
        assertThat(answer.get("hasLabourActivity").asBoolean()).isTrue();
        JsonNode employment = answer.at("/employments/0");
        assertThat(employment.get("employerBin").asText()).isEqualTo(job.employerBin());
        assertThat(employment.get("employerName").asText()).isEqualTo(job.employerName());
        assertThat(employment.get("contractStart").asText()).isEqualTo(job.contractStart().toString());
        assertThat(employment.get("active").asBoolean()).isTrue();

        RegistryEvent beforeTheContract = registry.send(command(CHECK_LABOUR_ACTIVITY, citizen.iin(),
                data("on", job.contractStart().minusDays(1).toString())));
        assertThat(beforeTheContract.card().at("/labourActivity/hasLabourActivity").asBoolean()).isFalse();
    }
}
