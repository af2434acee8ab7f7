package kz.egov.cli.agent;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue [wave 2 · 6/16]: "the signing agent accepts a request without an Origin header … the agent refuses requests
 * without an allowed Origin": whatever sends no Origin (a program, another site's no-cors trick) gets nothing signed.
 */
class SignRequestWithoutOriginTest {

    @Test
    void nothingIsSignedOrToldWithoutAnOrigin(@TempDir Path dir) throws Exception {
        try (AgentFixture f = new AgentFixture(dir)) {
            HttpResponse<String> sign = f.sign(null, "{\"a\":1}".getBytes(StandardCharsets.UTF_8));
            assertThat(sign.statusCode()).isEqualTo(403);
            assertThat(AgentFixture.JSON.readTree(sign.body()).get("error").asText()).isEqualTo("ORIGIN_REQUIRED");
            assertThat(sign.body()).doesNotContain("cms");
            assertThat(f.status(null).statusCode()).isEqualTo(403);
            assertThat(f.log.toString()).contains("REFUSED a request without Origin (POST /sign)")
                    .doesNotContain("auto-approved");

            assertThat(f.sign(AgentFixture.PAGE, "{\"a\":1}".getBytes(StandardCharsets.UTF_8)).statusCode())
                    .isEqualTo(200);
        }
    }
}
