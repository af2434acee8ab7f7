package kz.egov.registry;

import static kz.egov.contract.message.RegistryCommandType.QUERY_CARD;
import static kz.egov.contract.message.RegistryCommandType.REFER_TO_MEASURE;
import static kz.egov.contract.message.RegistryCommandType.REGISTER_JOB_SEEKER;
import static kz.egov.contract.message.RegistryCommandType.REGISTER_UNEMPLOYED;
import static kz.egov.registry.Registry.command;
import static kz.egov.registry.Registry.data;
import static kz.egov.registry.Registry.identity;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import kz.egov.contract.envelope.Envelope;
import kz.egov.contract.message.PersonRecord;
import kz.egov.contract.message.RegistryCommand;
import kz.egov.contract.message.RegistryCommandAttestation;
import kz.egov.contract.message.RegistryEvent;
import kz.egov.testinfra.EgovInfrastructureResource;
import org.junit.jupiter.api.Test;

/**
 * Issue [wave 2 · 7/16]: "the registry's rules per variant as catalog data … ИС МИО, ИС ЦОН and the registry read
 * them". The registry applies the rule of the variant the gateway attests for the command's request: a command none
 * of that variant's steps sends is refused and writes nothing — V07's executor only «проверяет документы
 * услугополучателя на наличие карточки персонального учета в качестве безработного лица» (002 L174), so a
 * registration as unemployed under V07 is not the registry's to make; and a forward that attests no variant is
 * refused (fail closed).
 */
@QuarkusTest
@QuarkusTestResource(value = EgovInfrastructureResource.class, restrictToAnnotatedClass = false)
class CommandItsVariantDoesNotSendTest extends WithRegistry {

    @Test
    void aRegistrationAsUnemployedUnderV07IsRefusedAndWritesNothing() {
        PersonRecord citizen = People.withoutLabourActivity();
        assertThat(registry.send(command(REGISTER_JOB_SEEKER, citizen.iin(), identity(citizen).put("channel",
                "PROVIDER_OFFICE"))).accepted()).isTrue();

        RegistryEvent event = registry.send(command(REGISTER_UNEMPLOYED, citizen.iin(),
                data("decisionNumber", "7-Қ", "decisionDate", People.today().toString())), "V07");

        assertThat(event.accepted()).isFalse();
        assertThat(event.reasonCode()).isEqualTo("MSG_NOT_PERMITTED");
        RegistryEvent card = registry.send(command(QUERY_CARD, citizen.iin(), data()));
        assertThat(card.card().path("status").asText()).as("still only a job seeker").isEqualTo("JOB_SEEKER");
    }

    @Test
    void aReferralUnderAJobSeekerRegistrationVariantIsRefused() {
        PersonRecord citizen = People.anyone();

        RegistryEvent event = registry.send(command(REFER_TO_MEASURE, citizen.iin(), identity(citizen)
                .put("measureKind", "EMPLOYMENT").put("employer", "ТОО «Каспий»")), "V06");

        assertThat(event.reasonCode()).isEqualTo("MSG_NOT_PERMITTED");
        assertThat(Registry.hasCard(registry.send(command(QUERY_CARD, citizen.iin(), data())))).isFalse();
    }

    @Test
    void aForwardAttestingNoVariantIsRefused() {
        PersonRecord citizen = People.anyone();
        RegistryCommand cmd = command(REGISTER_JOB_SEEKER, citizen.iin(), identity(citizen).put("channel", "PORTAL"));
        Envelope original = registry.original(Registry.PROVIDER, cmd);
        registry.publish(registry.hop(original, new RegistryCommandAttestation(cmd.requestId(), Registry.PROVIDER,
                citizen.iin(), null, Instant.now())));

        RegistryEvent answer = registry.answerTo(original);

        assertThat(answer.accepted()).isFalse();
        assertThat(answer.reasonCode()).isEqualTo("MSG_NOT_ROUTED_TO_SENDER");
        assertThat(Registry.hasCard(registry.send(command(QUERY_CARD, citizen.iin(), data())))).isFalse();
    }

    @Test
    void anUnknownVariantIsRefused() {
        PersonRecord citizen = People.anyone();

        RegistryEvent event = registry.send(command(REGISTER_JOB_SEEKER, citizen.iin(),
                identity(citizen).put("channel", "PORTAL")), "V99");

        assertThat(event.reasonCode()).isEqualTo("MSG_NOT_PERMITTED");
    }
}
