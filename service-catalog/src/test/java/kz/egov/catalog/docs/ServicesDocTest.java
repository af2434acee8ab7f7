package kz.egov.catalog.docs;

import kz.egov.catalog.ServiceCatalog;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** docs/services.md must be what the generator makes of the catalog. */
class ServicesDocTest {

    static final String REGENERATE = "cd /work/main && flock /tmp/egov-maven.lock ./mvnw -q -o -pl service-catalog test "
            + "-Dtest=ServicesDocTest -Dcatalog.docs.write=true";

    @Test
    void docsServicesMdIsUpToDate() throws IOException {
        String generated = ServicesDocGenerator.generate(ServiceCatalog.loadDefault());
        Path file = ServicesDocGenerator.defaultPath();
        if (Boolean.getBoolean("catalog.docs.write")) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, generated, StandardCharsets.UTF_8);
        }
        assertThat(file).as("docs/services.md is missing; generate it with: " + REGENERATE).exists();
        assertThat(Files.readString(file, StandardCharsets.UTF_8))
                .as("docs/services.md is out of date with the catalog; regenerate it with: " + REGENERATE)
                .isEqualTo(generated);
    }

    @Test
    void theDocumentNamesEveryVariantAndMarksSamples() {
        String md = ServicesDocGenerator.generate(ServiceCatalog.loadDefault());
        for (int i = 1; i <= 16; i++) {
            assertThat(md).contains(String.format("## V%02d ", i));
        }
        assertThat(md).contains("V14 (partial)", "V15 (partial)", "SAMPLE", "«не более двадцати минут»", "V04-C1");
    }
}
