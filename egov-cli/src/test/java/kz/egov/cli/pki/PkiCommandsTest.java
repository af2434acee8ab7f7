package kz.egov.cli.pki;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Map;

import kz.egov.cli.EgovCommand;
import kz.egov.eds.identity.IinGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class PkiCommandsTest {

    @TempDir
    Path dir;

    String run(String... args) {
        PrintStream old = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            assertThat(EgovCommand.commandLine().execute(args)).as(String.join(" ", args)).isZero();
            return out.toString(StandardCharsets.UTF_8);
        } finally {
            System.setOut(old);
        }
    }

    @Test
    void caWorksOnTheStacksCaByDefaultAndSignUsesTheIssuedKey() throws Exception {
        Path data = dir.resolve("data");
        String iin = IinGenerator.nth(LocalDate.of(1990, 5, 17), kz.egov.eds.identity.Sex.MALE, 1);
        Path p12 = dir.resolve("citizen.p12");
        String issued = run("ca", "issue", "citizen", "--data-dir", data.toString(), "--iin", iin, "--surname",
                "Серікұлы", "--name", "Асқар", "--password", "pw-1", "--out", p12.toString());
        assertThat(data.resolve("pki/ca/rsa-ca.p12")).exists();
        assertThat(issued).contains("written " + p12).doesNotContain(iin).doesNotContain("pw-1");

        Path doc = dir.resolve("request.json");
        Files.writeString(doc, "{\"service\":\"V01\"}");
        String signature = run("sign", "--key", p12.toString(), "--password", "pw-1", "--in", doc.toString()).trim();
        assertThat(Base64.getDecoder().decode(signature)).isNotEmpty();
    }

    @Test
    void thePasswordComesFromTheOptionThenTheEnvironmentElseItIsAnError() {
        CommandLine cmd = new CommandLine(new SignCommand());
        assertThat(Passwords.resolve("opt", Map.of(Passwords.ENV, "env")::get, null, "p", false, cmd))
                .isEqualTo("opt".toCharArray());
        assertThat(Passwords.resolve(null, Map.of(Passwords.ENV, "env")::get, null, "p", false, cmd))
                .isEqualTo("env".toCharArray());
        assertThatThrownBy(() -> Passwords.resolve(null, Map.<String, String>of()::get, null, "p", false, cmd))
                .isInstanceOf(CommandLine.ParameterException.class).hasMessageContaining("--password");
    }
}
