package kz.egov.portal;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import kz.egov.testinfra.EgovInfrastructureResource;
import org.junit.jupiter.api.Test;

/**
 * Issue [wave 2 · 6/16]: "bodies up to 60 MB on public endpoints (the public verify included) … per-endpoint limits
 * enforced before a body is held in memory (JSON APIs and verify ≤ 1 MiB, uploads as configured)".
 */
@QuarkusTest
@QuarkusTestResource(value = EgovInfrastructureResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = GatewayStandIn.class, restrictToAnnotatedClass = false)
class OversizedBodyTest {

    @TestHTTPResource("/api/verify")
    URI verify;

    @Test
    void aJsonCallOverOneMebibyteIsRefusedAtOnce() {
        String big = "{\"document\":\"" + "A".repeat(1024 * 1024 + 1) + "\"}";
        for (String path : new String[] {"/api/verify", "/api/sessions", "/api/accounts/challenge"}) {
            given().contentType("application/json").header("Accept-Language", "kk").body(big).post(path).then()
                    .statusCode(413).contentType("application/problem+json")
                    .body("code", equalTo("PAYLOAD_TOO_LARGE")).body("title", equalTo("Рұқсат етілген көлемнен асып кетті"));
        }
    }

    @Test
    void aJsonBodyOfUnknownLengthIsRefusedToo() throws Exception {
        HttpResponse<String> r = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .send(HttpRequest.newBuilder(verify)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream("{}".getBytes())))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(413);
        assertThat(r.body()).contains("PAYLOAD_TOO_LARGE");
    }
}
