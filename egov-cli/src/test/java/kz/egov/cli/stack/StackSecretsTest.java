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
        java.util.List<String> all = StackSecrets.KEYS.stream().map(first::get).toList();
        assertThat(all).allMatch(v -> v.length() >= 20 && v.matches("[A-Za-z0-9]+"));
        assertThat(new java.util.HashSet<>(all)).as("a password per holder").hasSameSizeAs(all);
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
        Files.writeString(file, "EGOV_KEY_PASSWORD_PORTAL_ADAPTER=kept\nEGOV_KEY_PASSWORD=shared\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        StackSecrets s = StackSecrets.loadOrCreate(file);
        assertThat(s.keyPassword("portal-adapter")).isEqualTo("kept");
        assertThat(s.adminPassword("portal-adapter")).isNotBlank();
        assertThat(StackSecrets.sharedKeyPassword(file)).as("kept until the keys are moved").contains("shared");
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
                .containsExactlyElementsOf(StackSecrets.KEYS.stream().map(k -> k + "=" + s.get(k)).toList());
        assertThat(StackSecrets.KEYS).contains("EGOV_KEY_PASSWORD_GATEWAY_ROUTER", "EGOV_ADMIN_PASSWORD_PORTAL_ADAPTER",
                "EGOV_DB_PASSWORD_MIO_WORKSTATION", "EGOV_CA_PASSWORD", "EGOV_DB_SUPERUSER_PASSWORD");
        for (String key : StackSecrets.KEYS) {
            assertThat(s.toString()).doesNotContain(s.get(key));
        }
    }

    @Test
    void theAdminAccountsOfAStackFromBeforeKeepTheirSharedPassword() throws IOException {
        Path file = dir.resolve("secrets.properties");
        Files.writeString(file, "EGOV_KEY_PASSWORD=k\nEGOV_ADMIN_PASSWORD=shared-admin\n");
        StackSecrets s = StackSecrets.loadOrCreate(file);
        assertThat(s.adminPassword("gateway-router")).isEqualTo("shared-admin");
        assertThat(s.adminPassword("portal-adapter")).isEqualTo("shared-admin");
        assertThat(s.keyPassword("gateway-router")).isNotEqualTo(s.keyPassword("portal-adapter")).isNotEqualTo("k");
    }

    @Test
    void nothingIsLoadedFromAMissingFile() {
        assertThat(StackSecrets.load(dir.resolve("none.properties"))).isEmpty();
    }
}
