package kz.egov.registry;

import static kz.egov.contract.message.RegistryCommandType.CHECK_UNEMPLOYED_REGISTRATION;
import static kz.egov.contract.message.RegistryCommandType.REGISTER_JOB_SEEKER;
import static kz.egov.contract.message.RegistryCommandType.REGISTER_UNEMPLOYED;
import static kz.egov.registry.Registry.command;
import static kz.egov.registry.Registry.data;
import static kz.egov.registry.Registry.identity;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import kz.egov.contract.message.PersonRecord;
import kz.egov.contract.message.RegistryEvent;
import kz.egov.testinfra.EgovInfrastructureResource;
import org.junit.jupiter.api.Test;

/**
 * Issue [wave 2 · 7/16]: "V07's executor check inverted («карточки персонального учета в качестве безработного
 * лица», 002 L174)". V07's executor «проверяет документы услугополучателя на наличие карточки персонального учета в
 * качестве безработного лица»: the card as an unemployed person must exist — a check, never a refusal because the
 * person is already unemployed. V13 (003 L985–989) checks «көрсетілетін қызметті алушының жұмыссыз ретінде
 * тіркелгенін» and then «тіркелген жұмыссыздың сәйкестендіру деректерінің сәйкестігін»; V07 names no identity match.
 */
@QuarkusTest
@QuarkusTestResource(value = EgovInfrastructureResource.class, restrictToAnnotatedClass = false)
class UnemployedRegistrationCheckedAsEachTextSaysTest extends WithRegistry {

    private static PersonRecord unemployed() {
        PersonRecord p = People.withoutLabourActivity();
        assertThat(registry.send(command(REGISTER_JOB_SEEKER, p.iin(), identity(p).put("channel", "PORTAL")))
                .accepted()).isTrue();
        assertThat(registry.send(command(REGISTER_UNEMPLOYED, p.iin(),
                data("decisionNumber", "21-ЖР", "decisionDate", People.today().toString()))).accepted()).isTrue();
        return p;
    }

    @Test
    void underV07AnUnemployedPersonsCardIsFoundAndNothingIsRefused() {
        PersonRecord p = unemployed();

        RegistryEvent event = registry.send(command(CHECK_UNEMPLOYED_REGISTRATION, p.iin(), identity(p)), "V07");

        assertThat(event.accepted()).as(event.reasonCode()).isTrue();
        assertThat(event.card().path("status").asText()).isEqualTo("UNEMPLOYED");
    }

    @Test
    void underV07AJobSeekerWithoutAnUnemployedRegistrationIsRefused() {
        PersonRecord p = People.withoutLabourActivity();
        registry.send(command(REGISTER_JOB_SEEKER, p.iin(), identity(p).put("channel", "PORTAL")));

        RegistryEvent event = registry.send(command(CHECK_UNEMPLOYED_REGISTRATION, p.iin(), identity(p)), "V07");

        assertThat(event.reasonCode()).isEqualTo("REGISTRY_NOT_UNEMPLOYED");
    }

    @Test
    void aDifferentlySpelledNameIsRefusedUnderV13AloneWhoseTextMatchesTheIdentificationData() {
        PersonRecord p = unemployed();
        ObjectNode otherSpelling = identity(p).put("surname", p.surname() + "а");

        RegistryEvent v13 = registry.send(command(CHECK_UNEMPLOYED_REGISTRATION, p.iin(), otherSpelling), "V13");
        RegistryEvent v07 = registry.send(command(CHECK_UNEMPLOYED_REGISTRATION, p.iin(), otherSpelling), "V07");

        assertThat(v13.reasonCode()).isEqualTo("REGISTRY_IDENTITY_MISMATCH");
        assertThat(v07.accepted()).as("V07 names no identity match").isTrue();
    }
}
