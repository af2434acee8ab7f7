package kz.egov.cli.agent;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue [wave 2 · 6/16]: "the signing agent … signs content beyond its 60-line preview … never signs what it did not
 * show (the whole document, scrolling, or a refusal)": a document is shown whole or refused, never signed unseen.
 */
class DocumentTheAgentCannotShowTest {

    @Test
    void aLongDocumentIsShownWholeUpToTheLimitAndRefusedBeyondIt(@TempDir Path dir) throws Exception {
        try (AgentFixture f = new AgentFixture(dir)) {
            StringBuilder long100 = new StringBuilder();
            for (int i = 1; i <= 100; i++) {
                long100.append("line ").append(i).append('\n');
            }
            assertThat(f.sign(AgentFixture.PAGE, long100.toString().getBytes(StandardCharsets.UTF_8)).statusCode())
                    .isEqualTo(200);
            assertThat(new SignRequest(AgentFixture.PAGE, null, long100.toString().getBytes(StandardCharsets.UTF_8))
                    .shown().orElseThrow()).contains("line 1\n").contains("line 100\n");

            String tooLong = "x\n".repeat(SignRequest.SHOWN_MAX_LINES + 1);
            HttpResponse<String> refused = f.sign(AgentFixture.PAGE, tooLong.getBytes(StandardCharsets.UTF_8));
            assertThat(refused.statusCode()).isEqualTo(422);
            assertThat(AgentFixture.JSON.readTree(refused.body()).get("error").asText()).isEqualTo("NOT_SHOWABLE");

            HttpResponse<String> binary = f.sign(AgentFixture.PAGE, new byte[] {(byte) 0xC3, 0x28, 0x00, (byte) 0xFF});
            assertThat(binary.statusCode()).as("binary data cannot be shown, so it is not signed").isEqualTo(422);
            assertThat(f.log.toString()).doesNotContain("signed 4 bytes");
        }
    }
}
