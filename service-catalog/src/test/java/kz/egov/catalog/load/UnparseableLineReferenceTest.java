package kz.egov.catalog.load;

import static kz.egov.catalog.load.CatalogLoadingTest.copyCatalog;
import static kz.egov.catalog.load.CatalogLoadingTest.edit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;

import kz.egov.catalog.CatalogException;
import kz.egov.catalog.ServiceCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #31 item 3: the catalog's {@code lines} are data ({@link kz.egov.catalog.model.Lines}); a reference that does
 * not follow their grammar, runs backwards, or lies outside its variant's source fails loading, naming the variant and
 * the field.
 */
class UnparseableLineReferenceTest {

    private static final String V07_STEP_3 = "sourceWording: \"не более тридцати минут\"}, lines: \"L172\"";

    @Test
    void aReferenceWithoutItsLFailsLoadingNamingTheVariantAndTheField(@TempDir Path dir) throws IOException {
        copyCatalog(dir);
        edit(dir.resolve("unemployed-registration.yaml"), V07_STEP_3, V07_STEP_3.replace("\"L172\"", "\"172\""));
        assertThatThrownBy(() -> ServiceCatalog.loadFromDirectory(dir))
                .isInstanceOf(CatalogException.class)
                .satisfies(e -> assertThat(((CatalogException) e).problems()).anySatisfy(p -> assertThat(p)
                        .startsWith("V07 channels[0].steps[2].lines: line reference \"172\": expected L<line>")
                        .endsWith("(unemployed-registration.yaml)")));
    }

    @Test
    void proseAfterAReferenceFailsLoading(@TempDir Path dir) throws IOException {
        copyCatalog(dir);
        edit(dir.resolve("unemployed-registration.yaml"), V07_STEP_3,
                V07_STEP_3.replace("\"L172\"", "\"L172; the limit used is p.6 L170\""));
        assertThatThrownBy(() -> ServiceCatalog.loadFromDirectory(dir))
                .isInstanceOf(CatalogException.class)
                .hasMessageContaining("V07 channels[0].steps[2].lines: line reference \"L172; the limit used is p.6 L170\"")
                .hasMessageContaining("at character 7 («the limit used is p.…»)");
    }

    @Test
    void aRangeThatEndsBeforeItStartsFailsLoading(@TempDir Path dir) throws IOException {
        copyCatalog(dir);
        edit(dir.resolve("unemployed-registration.yaml"), V07_STEP_3, V07_STEP_3.replace("\"L172\"", "\"L172–170\""));
        assertThatThrownBy(() -> ServiceCatalog.loadFromDirectory(dir))
                .isInstanceOf(CatalogException.class)
                .hasMessageContaining("V07 channels[0].steps[2].lines: line reference \"L172–170\": L172–170 ends before it starts");
    }

    @Test
    void aReferenceOutsideTheVariantsSourceFailsLoading(@TempDir Path dir) throws IOException {
        copyCatalog(dir);
        edit(dir.resolve("unemployed-registration.yaml"), V07_STEP_3, V07_STEP_3.replace("\"L172\"", "\"L172; L200\""));
        assertThatThrownBy(() -> ServiceCatalog.loadFromDirectory(dir))
                .isInstanceOf(CatalogException.class)
                .satisfies(e -> assertThat(((CatalogException) e).problems()).containsExactly(
                        "V07 channels[PROVIDER_OFFICE].steps[2].lines: L200 lies outside the source's lines L144–199 of 002_352d4dd28740df1b.txt"));
    }

    @Test
    void aBilingualReferenceInTheOtherLanguagesSectionFailsLoading(@TempDir Path dir) throws IOException {
        copyCatalog(dir);
        edit(dir.resolve("unemployed-certificate.yaml"), "lines: \"RU L574\", language: ru",
                "lines: \"KZ L574\", language: ru");
        assertThatThrownBy(() -> ServiceCatalog.loadFromDirectory(dir))
                .isInstanceOf(CatalogException.class)
                .satisfies(e -> assertThat(((CatalogException) e).problems()).singleElement().asString()
                        .matches("V04 contradictions\\[\\d+]\\.statements\\[\\d+]\\.lines: KZ L574 is kk but lies in the ru section RU L19–1189"));
    }

    @Test
    void aStatementInALanguageItsLinesAreNotFailsLoading(@TempDir Path dir) throws IOException {
        copyCatalog(dir);
        edit(dir.resolve("unemployed-certificate.yaml"), "lines: \"RU L574\", language: ru",
                "lines: \"RU L574\", language: kk");
        assertThatThrownBy(() -> ServiceCatalog.loadFromDirectory(dir))
                .isInstanceOf(CatalogException.class)
                .satisfies(e -> assertThat(((CatalogException) e).problems()).singleElement().asString()
                        .matches("V04 contradictions\\[\\d+]\\.statements\\[\\d+]\\.language: kk but RU L574 is ru"));
    }
}
