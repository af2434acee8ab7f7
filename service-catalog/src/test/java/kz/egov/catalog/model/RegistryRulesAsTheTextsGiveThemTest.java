package kz.egov.catalog.model;

import static kz.egov.catalog.model.RegistryCommand.CHECK_LABOUR_ACTIVITY;
import static kz.egov.catalog.model.RegistryCommand.CHECK_UNEMPLOYED_REGISTRATION;
import static kz.egov.catalog.model.RegistryCommand.REFER_TO_MEASURE;
import static kz.egov.catalog.model.RegistryCommand.REGISTER_JOB_SEEKER;
import static kz.egov.catalog.model.RegistryCommand.REGISTER_UNEMPLOYED;
import static kz.egov.catalog.model.RegistryRequirement.ACTIVE_JOB_SEEKER;
import static kz.egov.catalog.model.RegistryRequirement.ACTIVE_JOB_SEEKER_OR_UNEMPLOYED;
import static kz.egov.catalog.model.RegistryRequirement.ACTIVE_UNEMPLOYED;
import static kz.egov.catalog.model.RegistryRequirement.IDENTITY_MATCHES_CARD;
import static kz.egov.catalog.model.RegistryRequirement.RECORD_CARD;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import kz.egov.catalog.ServiceCatalog;
import org.junit.jupiter.api.Test;

/**
 * Issue [wave 2 · 7/16]: "АИС «Рынок труда» applies one rule set to all regions: a record card required for every
 * referral (only V08's text says so), the labour-activity check of V11's text applied to V02, V07 and V12, and V07's
 * executor check inverted". The registry's rules are the catalog's, per variant; each row quotes the text deciding it.
 */
class RegistryRulesAsTheTextsGiveThemTest {

    private static final ServiceCatalog CATALOG = ServiceCatalog.loadDefault();

    private record Rules(String variant, Map<RegistryCommand, List<RegistryRequirement>> rules, String text) {
    }

    private static final List<Rules> TEXTS = List.of(
            new Rules("V01", Map.of(REFER_TO_MEASURE, List.of()),
                    "000 L98: «…құжаттарды қарайды, ресімдейді және … нәтижесіне қол қояды»: no registry, no card"),
            new Rules("V08", Map.of(REFER_TO_MEASURE, List.of(RECORD_CARD, ACTIVE_JOB_SEEKER_OR_UNEMPLOYED)),
                    "002 L247: «проверяет факт наличия карточки персонального учета в качестве лица, ищущего работу или "
                            + "безработного»"),
            new Rules("V02", Map.of(REGISTER_UNEMPLOYED, List.of(ACTIVE_JOB_SEEKER)),
                    "000 L238: «қарау, ресімдеу…», no labour-activity check; a job seeker first (the service's name)"),
            new Rules("V07", Map.of(CHECK_UNEMPLOYED_REGISTRATION, List.of(RECORD_CARD, ACTIVE_UNEMPLOYED)),
                    "002 L174: «на наличие карточки персонального учета в качестве безработного лица»: a check, no write"),
            new Rules("V12", Map.of(REGISTER_UNEMPLOYED, List.of(ACTIVE_JOB_SEEKER)),
                    "003 L824–836: enters the data, decides; no labour-activity check"),
            new Rules("V11", Map.of(CHECK_LABOUR_ACTIVITY, List.of(), REGISTER_JOB_SEEKER, List.of()),
                    "003 L556–559: «еңбек қызметінің болмауын тексеруі» — the specialist's check, answered not refused"),
            new Rules("V13", Map.of(CHECK_UNEMPLOYED_REGISTRATION,
                    List.of(RECORD_CARD, ACTIVE_UNEMPLOYED, IDENTITY_MATCHES_CARD)),
                    "003 L985–989: «жұмыссыз ретінде тіркелгенін тексеру», «сәйкестендіру деректерінің сәйкестігін тексеру»"),
            new Rules("V04", Map.of(CHECK_UNEMPLOYED_REGISTRATION, List.of(RECORD_CARD, ACTIVE_UNEMPLOYED)),
                    "001 L420: the 2012 text names no registry (inferred from the service's name)"),
            new Rules("V03", Map.of(REGISTER_JOB_SEEKER, List.of()), "000 L309"),
            new Rules("V06", Map.of(REGISTER_JOB_SEEKER, List.of()), "002 L66"));

    @Test
    void eachVariantsRegistryRulesAreItsTexts() {
        for (Rules t : TEXTS) {
            Variant v = CATALOG.variant(t.variant());
            assertThat(v.registryCommands()).as(t.variant() + ": " + t.text())
                    .containsExactlyInAnyOrderElementsOf(t.rules().keySet());
            t.rules().forEach((command, requires) -> assertThat(v.registryRule(command).orElseThrow().requires())
                    .as(t.variant() + " " + command + ": " + t.text()).containsExactlyElementsOf(requires));
        }
    }

    @Test
    void noUnemployedRegistrationChecksLabourActivityAndV07WritesNothing() {
        for (String code : List.of("V02", "V07", "V12")) {
            assertThat(CATALOG.variant(code).registryCommands()).as(code).doesNotContain(CHECK_LABOUR_ACTIVITY);
        }
        assertThat(CATALOG.variant("V07").registryCommands()).as("002 L174 names a check, no write")
                .containsExactly(CHECK_UNEMPLOYED_REGISTRATION);
    }

    @Test
    void onlyV08RequiresACardForAReferral() {
        assertThat(CATALOG.variants().stream().filter(v -> v.registryRule(REFER_TO_MEASURE)
                .filter(r -> r.requires().contains(RECORD_CARD)).isPresent()).map(Variant::code)).containsExactly("V08");
    }

    @Test
    void everyVariantWithRegistryCommandsHasARuleForEachAndNoneForWhatItDoesNotSend() {
        for (Variant v : CATALOG.variants()) {
            assertThat(v.registryRules().stream().map(RegistryRule::command)).as(v.code())
                    .containsExactlyInAnyOrderElementsOf(v.registryCommands());
        }
    }
}
