package kz.egov.cli.stack;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The keys and databases of a stack are under the passwords of its secrets.properties: with that file gone and
 * them left, egov up refuses (and says to reset) rather than generate passwords that open nothing.
 */
class SecretsGoneButDataLeftTest {

    @Test
    void egovUpRefusesAndSaysToReset(@TempDir Path dir) throws IOException {
        StackLayout layout = StackLayout.of(dir).withDataDir(dir.resolve("data"));
        Files.createDirectories(layout.caDir());

        assertThatThrownBy(() -> LocalStack.prepareSecretsAndPki(layout, new PrintStream(PrintStream.nullOutputStream())))
                .isInstanceOf(StackException.class).hasMessageContaining("egov up --reset");
        assertThatThrownBy(() -> Files.readString(layout.secretsFile())).as("no new passwords written")
                .isInstanceOf(java.nio.file.NoSuchFileException.class);
    }
}
