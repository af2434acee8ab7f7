package kz.egov.cli.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StackSecretsTest {

    @TempDir
    Path dir;

    @Test
    void generatedOnceWithModeSixHundredAndReusedAfterwards() throws IOException {
        Path file = dir.resolve("data/secrets.properties");
        StackSecrets first = StackSecrets.loadOrCreate(file);
        assertThat(first.keyPassword()).hasSizeGreaterThanOrEqualTo(20).matches("[A-Za-z0-9]+");
        assertThat(first.adminPassword()).hasSizeGreaterThanOrEqualTo(20).isNotEqualTo(first.keyPassword());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        String content = Files.readString(file);

        StackSecrets second = StackSecrets.loadOrCreate(file);
        assertThat(second).isEqualTo(first);
        assertThat(Files.readString(file)).isEqualTo(content);
        assertThat(StackSecrets.load(file)).contains(first);
        assertThat(Files.list(file.getParent()).map(p -> p.getFileName().toString())).containsExactly("secrets.properties");
    }

    @Test
    void aWiderModeIsNarrowedAndAMissingKeyIsAdded() throws IOException {
        Path file = dir.resolve("secrets.properties");
        Files.writeString(file, "EGOV_KEY_PASSWORD=kept\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        StackSecrets s = StackSecrets.loadOrCreate(file);
        assertThat(s.keyPassword()).isEqualTo("kept");
        assertThat(s.adminPassword()).isNotBlank();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");

        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        assertThat(StackSecrets.loadOrCreate(file)).isEqualTo(s);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }

    @Test
    void theFileIsAComposeEnvFileAndThePasswordsAreNeverPrinted() throws IOException {
        Path file = dir.resolve("secrets.properties");
        StackSecrets s = StackSecrets.loadOrCreate(file);
        assertThat(Files.readAllLines(file)).filteredOn(l -> !l.startsWith("#"))
                .containsExactly("EGOV_KEY_PASSWORD=" + s.keyPassword(), "EGOV_ADMIN_PASSWORD=" + s.adminPassword(),
                        "EGOV_MIO_SEED_OFFICER_PASSWORD=" + s.officerPassword(),
                        "EGOV_CORP_SEED_OPERATOR_PASSWORD=" + s.operatorPassword());
        assertThat(s.officerPassword()).hasSizeGreaterThanOrEqualTo(20).isNotEqualTo(s.operatorPassword());
        assertThat(s.toString()).doesNotContain(s.keyPassword()).doesNotContain(s.adminPassword())
                .doesNotContain(s.officerPassword()).doesNotContain(s.operatorPassword());
    }

    @Test
    void nothingIsLoadedFromAMissingFile() {
        assertThat(StackSecrets.load(dir.resolve("none.properties"))).isEmpty();
    }
}
