package kz.egov.catalog.load;

import kz.egov.catalog.CatalogException;
import kz.egov.catalog.ServiceCatalog;
import kz.egov.contract.message.Channel;
import kz.egov.catalog.model.ProviderType;
import kz.egov.catalog.model.Variant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.NoSuchElementException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CatalogLoadingTest {

    static final ServiceCatalog CATALOG = ServiceCatalog.loadDefault();

    @Test
    void everyVariantV01ToV16IsInTheCatalog() {
        assertThat(CATALOG.variants()).extracting(Variant::code)
                .containsExactly("V01", "V02", "V03", "V04", "V05", "V06", "V07", "V08", "V09", "V10", "V11", "V12",
                        "V13", "V14", "V15", "V16");
        assertThat(CATALOG.variants()).filteredOn(Variant::partial).extracting(Variant::code).containsExactly("V14", "V15");
    }

    @Test
    void baseServicesGroupTheVariants() {
        assertThat(CATALOG.baseServices()).extracting(b -> b.code()).containsExactlyInAnyOrder(
                "JOB_SEEKER_REGISTRATION", "UNEMPLOYED_REGISTRATION", "EMPLOYMENT_MEASURE_REFERRAL", "UNEMPLOYED_CERTIFICATE",
                "HOME_SCHOOLING_DISABLED_CHILD_SUPPORT", "ORALMAN_STATUS", "REHABILITATED_CERTIFICATE",
                "ADOPTION_CANDIDATE_REGISTRATION", "NUCLEAR_TEST_VICTIM_SUPPORT", "DISABLED_AIDS_PROVISION");
        assertThat(CATALOG.variantsFor("JOB_SEEKER_REGISTRATION")).extracting(Variant::code).containsExactly("V03", "V06", "V11");
        assertThat(CATALOG.variantsFor("UNEMPLOYED_REGISTRATION")).extracting(Variant::code).containsExactly("V02", "V07", "V12");
        assertThat(CATALOG.variantsFor("EMPLOYMENT_MEASURE_REFERRAL")).extracting(Variant::code).containsExactly("V01", "V08");
        assertThat(CATALOG.variantsFor("UNEMPLOYED_CERTIFICATE")).extracting(Variant::code).containsExactly("V04", "V13");
    }

    @Test
    void theGatewayPicksTheVariantFromTheBaseServiceAndTheCitizensKato() {
        assertThat(CATALOG.variantFor("JOB_SEEKER_REGISTRATION", "471010000")).map(Variant::code).hasValue("V03");
        assertThat(CATALOG.variantFor("JOB_SEEKER_REGISTRATION", "431010000")).map(Variant::code).hasValue("V06");
        assertThat(CATALOG.variantFor("JOB_SEEKER_REGISTRATION", "631010000")).map(Variant::code).hasValue("V11");
        assertThat(CATALOG.variantFor("UNEMPLOYED_CERTIFICATE", "751110000")).map(Variant::code).hasValue("V04");
        assertThat(CATALOG.variantFor("UNEMPLOYED_CERTIFICATE", "631010000")).map(Variant::code).hasValue("V13");
        assertThat(CATALOG.variantFor("UNEMPLOYED_CERTIFICATE", "191010000")).isEmpty();
        assertThat(CATALOG.variantFor("UNEMPLOYED_REGISTRATION", ProviderType.AKIMAT, "631010000")).map(Variant::code).hasValue("V12");
        assertThat(CATALOG.variantsFor("UNEMPLOYED_REGISTRATION", ProviderType.EMPLOYMENT_CENTRE)).extracting(Variant::code)
                .containsExactly("V02", "V07");
    }

    @Test
    void unknownCodesAreRefusedByName() {
        assertThatThrownBy(() -> CATALOG.variant("V17")).isInstanceOf(NoSuchElementException.class).hasMessageContaining("V17");
        assertThatThrownBy(() -> CATALOG.baseService("NOPE")).isInstanceOf(NoSuchElementException.class).hasMessageContaining("NOPE");
        assertThatThrownBy(() -> CATALOG.variant("V07").steps(Channel.PORTAL)).isInstanceOf(NoSuchElementException.class)
                .hasMessageContaining("V07").hasMessageContaining("PORTAL");
    }

    @Test
    void samplesAreMarkedAsSamples() {
        CATALOG.baseServices().forEach(b -> {
            assertThat(b.formFields().sample()).as(b.code()).isTrue();
            assertThat(b.sampleRefusalGrounds()).as(b.code()).allMatch(g -> g.sample());
        });
        assertThat(CATALOG.baseServices()).filteredOn(b -> b.documentChecklist().sample())
                .allMatch(b -> b.documentChecklist().source().contains("SAMPLE"));
        // V05 has its own list in the text: not a sample
        assertThat(CATALOG.variant("V05").documentChecklist().sample()).isFalse();
        assertThat(CATALOG.variant("V05").documentChecklist().documents()).extracting(d -> d.code())
                .contains("BIRTH_CERTIFICATE", "DISABILITY_CERTIFICATE", "BANK_ACCOUNT_DOCUMENT");
        assertThat(CATALOG.variant("V11").documentChecklist().documents()).anyMatch(d -> d.code().equals("IDENTITY_DOCUMENT") && d.hasExpiry());
        assertThat(CATALOG.variant("V11").formFields().fields()).anyMatch(f -> f.name().equals("iin") && f.required());
    }

    @Test
    void portalSequencesAreResolvable() {
        assertThat(CATALOG.portalSequence(CATALOG.variant("V16").channel(Channel.PORTAL).portalSequence()).items())
                .extracting(i -> i.id()).contains("P1", "C1", "C2", "C3", "P7");
        assertThat(CATALOG.portalSequences()).hasSize(5);
    }

    // ---------------------------------------------------------------- broken entries

    @Test
    void aBrokenUnitFailsLoadingNamingTheEntryAndTheField(@TempDir Path dir) throws IOException {
        copyCatalog(dir);
        edit(dir.resolve("unemployed-registration.yaml"), "unit: MINUTES, sourceWording: \"не более тридцати минут\"}, lines: \"L172\"",
                "unit: MINUTS, sourceWording: \"не более тридцати минут\"}, lines: \"L172\"");
        assertThatThrownBy(() -> ServiceCatalog.loadFromDirectory(dir))
                .isInstanceOf(CatalogException.class)
                .hasMessageContaining("V07")
                .hasMessageContaining("channels[0].steps[2].maxDuration.unit")
                .hasMessageContaining("MINUTS");
    }

    @Test
    void aWordingThatDisagreesWithTheStoredNumberFailsLoading(@TempDir Path dir) throws IOException {
        copyCatalog(dir);
        edit(dir.resolve("unemployed-registration.yaml"), "{amount: 30, unit: MINUTES, sourceWording: \"не более тридцати минут\"}, lines: \"L172\"",
                "{amount: 20, unit: MINUTES, sourceWording: \"не более тридцати минут\"}, lines: \"L172\"");
        assertThatThrownBy(() -> ServiceCatalog.loadFromDirectory(dir))
                .isInstanceOf(CatalogException.class)
                .satisfies(e -> assertThat(((CatalogException) e).problems()).containsExactly(
                        "V07 channels[PROVIDER_OFFICE].steps[2].maxDuration: the wording «не более тридцати минут» states 30 MINUTES but the entry says 20 MINUTES"));
    }

    @Test
    void aMissingFieldFailsLoadingNamingTheEntryAndTheField(@TempDir Path dir) throws IOException {
        copyCatalog(dir);
        edit(dir.resolve("oralman-status.yaml"), "    providerType: OBLAST_MIGRATION_DEPARTMENT\n", "");
        assertThatThrownBy(() -> ServiceCatalog.loadFromDirectory(dir))
                .isInstanceOf(CatalogException.class)
                .satisfies(e -> assertThat(((CatalogException) e).problems()).contains("V09 providerType: missing"));
    }

    @Test
    void anUnknownFieldFailsLoading(@TempDir Path dir) throws IOException {
        copyCatalog(dir);
        edit(dir.resolve("adoption-candidate-registration.yaml"), "    fee: \"тегін", "    feee: \"тегін");
        assertThatThrownBy(() -> ServiceCatalog.loadFromDirectory(dir))
                .isInstanceOf(CatalogException.class)
                .hasMessageContaining("V16").hasMessageContaining("feee");
    }

    @Test
    void twoSigningStepsFailLoading(@TempDir Path dir) throws IOException {
        copyCatalog(dir);
        edit(dir.resolve("oralman-status.yaml"), "action: \"issues the result to the applicant\", maxDuration: {amount: 1, unit: WORKING_DAYS, sourceWording: \"1 (бір) жұмыс күні\"}",
                "action: \"issues the result to the applicant\", signsResult: true, maxDuration: {amount: 1, unit: WORKING_DAYS, sourceWording: \"1 (бір) жұмыс күні\"}");
        assertThatThrownBy(() -> ServiceCatalog.loadFromDirectory(dir))
                .isInstanceOf(CatalogException.class)
                .satisfies(e -> assertThat(((CatalogException) e).problems())
                        .contains("V09 channels[PROVIDER_OFFICE].steps: 2 steps sign the result; at most one may"));
    }

    static void copyCatalog(Path dir) throws IOException {
        try (InputStream idx = CatalogLoadingTest.class.getClassLoader().getResourceAsStream("catalog/index.yaml")) {
            String index = new String(idx.readAllBytes(), StandardCharsets.UTF_8);
            for (String line : index.lines().filter(l -> l.trim().startsWith("- ")).toList()) {
                String name = line.trim().substring(2).trim();
                try (InputStream in = CatalogLoadingTest.class.getClassLoader().getResourceAsStream("catalog/" + name)) {
                    Files.write(dir.resolve(name), in.readAllBytes());
                }
            }
        }
    }

    static void edit(Path file, String from, String to) throws IOException {
        String s = Files.readString(file);
        assertThat(s).as("fixture text to edit in " + file.getFileName()).contains(from);
        Files.writeString(file, s.replace(from, to));
    }

    @SuppressWarnings("unused")
    private static List<String> none() {
        return List.of();
    }
}
