package kz.egov.cli.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** Issue [wave 2 · 5/16]: "`./egov up` prints where each secret is, never the secret." */
class SecretsPrintedAsWhereNotWhatTest {

    @Test
    void everySecretIsNamedWithItsPlaceAndNoneIsShown() {
        StackConfig config = StackConfig.defaults(StackLayout.of(Path.of("/repo")).withDataDir(Path.of("/data")));
        StackSecrets secrets = StackSecrets.derived("s3cr3t");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        StackPrinter.printSecrets(config.layout(), config, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String out = bytes.toString(StandardCharsets.UTF_8);

        assertThat(out).contains("/data/secrets.properties", StackSecrets.CA_PASSWORD, "/data/pki/ca/trust",
                StackSecrets.DB_SUPERUSER_PASSWORD, StackSecrets.KAFKA_KEY_PASSWORD);
        for (ServiceDefinition s : config.services()) {
            assertThat(out).contains("/data/pki/deployments/" + s.name(),
                    StackSecrets.perHolder(StackSecrets.KEY_PASSWORD, s.name()),
                    StackSecrets.perHolder(StackSecrets.ADMIN_PASSWORD, s.name()),
                    StackSecrets.perHolder(StackSecrets.DB_PASSWORD, s.name()));
        }
        for (String key : StackSecrets.KEYS) {
            assertThat(out).as(key).doesNotContain(secrets.get(key));
        }
    }
}
