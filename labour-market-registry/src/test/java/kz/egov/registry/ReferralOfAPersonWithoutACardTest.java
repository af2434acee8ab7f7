package kz.egov.registry;

import static kz.egov.contract.message.RegistryCommandType.QUERY_CARD;
import static kz.egov.contract.message.RegistryCommandType.REFER_TO_MEASURE;
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
 * Issue [wave 2 · 7/16]: "a record card required for every referral (only V08's text says so)". V08 (002 L247):
 * «исполнитель услугодателя проверяет факт наличия карточки персонального учета в качестве лица, ищущего работу или
 * безработного в … АИС "Рынок труда"» — refused without one. V01 (000 L98): «жауапты орындаушысы құжаттарды
 * қарайды, ресімдейді және мемлекеттік қызметті көрсету нәтижесіне қол қояды», no registry and no card named — the
 * referral is recorded, on a card opened from the data the executor entered.
 */
@QuarkusTest
@QuarkusTestResource(value = EgovInfrastructureResource.class, restrictToAnnotatedClass = false)
class ReferralOfAPersonWithoutACardTest extends WithRegistry {

    private static ObjectNode referral(PersonRecord p) {
        return identity(p).put("measureKind", "SOCIAL_JOBS").put("employer", "ТОО «Маңғыстау Құрылыс»")
                .put("referralNumber", "Ж-1");
    }

    @Test
    void underV08ItIsRefusedForWantOfACard() {
        PersonRecord citizen = People.anyone();

        RegistryEvent event = registry.send(command(REFER_TO_MEASURE, citizen.iin(), referral(citizen)), "V08");

        assertThat(event.accepted()).isFalse();
        assertThat(event.reasonCode()).isEqualTo("REGISTRY_NO_RECORD_CARD");
        assertThat(Registry.hasCard(registry.send(command(QUERY_CARD, citizen.iin(), data())))).isFalse();
    }

    @Test
    void underV01ItIsRecordedOnACardOpenedFromTheEnteredData() {
        PersonRecord citizen = People.anyone();

        RegistryEvent event = registry.send(command(REFER_TO_MEASURE, citizen.iin(), referral(citizen)), "V01");

        assertThat(event.accepted()).as(event.reasonCode()).isTrue();
        assertThat(event.card().path("identification").path("surname").asText()).isEqualTo(citizen.surname());
        assertThat(event.card().path("referrals")).hasSize(1);
        assertThat(event.card().path("referrals").get(0).path("measureKind").asText()).isEqualTo("SOCIAL_JOBS");
        assertThat(event.card().path("status").asText()).as("a referral registers nobody").isEqualTo("DEREGISTERED");
    }

    @Test
    void underV01AMissingIdentificationIsInvalidNotACardWithoutAName() {
        PersonRecord citizen = People.anyone();

        RegistryEvent event = registry.send(command(REFER_TO_MEASURE, citizen.iin(),
                data("measureKind", "SOCIAL_JOBS", "employer", "ТОО «Маңғыстау Құрылыс»")), "V01");

        assertThat(event.reasonCode()).isEqualTo("VALIDATION_FAILED");
        assertThat(Registry.hasCard(registry.send(command(QUERY_CARD, citizen.iin(), data())))).isFalse();
    }
}
