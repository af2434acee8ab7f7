package kz.egov.portal;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import kz.egov.platform.persistence.NativeRows;
import kz.egov.testinfra.EgovInfrastructureResource;
import kz.egov.testinfra.Flood;
import kz.egov.testinfra.FloodTest;
import org.junit.jupiter.api.Test;

/**
 * Issue [wave 2 · 6/16]: "Rate limits … per client … on … public verify …; `429` problem+json with `Retry-After` …
 * buckets kept where every instance of a service sees them (PostgreSQL …), since later issues run two instances behind
 * one proxy".
 */
@QuarkusTest
@QuarkusTestResource(value = EgovInfrastructureResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = GatewayStandIn.class, restrictToAnnotatedClass = false)
class VerifyFloodFromOneClientTest extends FloodTest {

    @Inject
    EntityManager em;

    @Test
    void theAnonymousVerifyIsLimitedPerClientInABucketEveryInstanceReads() {
        String client = Flood.client();
        Flood.spend(Flood.capacity("verify", "per-client"), i -> verifyFrom(client));
        Response refused = verifyFrom(client);
        Flood.assertLimited(refused);
        assertThat(refused.jsonPath().getString("title")).isEqualTo("Слишком много запросов, повторите позже");
        assertThat(given().header("Accept-Language", "kk").header("X-Forwarded-For", client)
                .contentType(ContentType.JSON).body("{}").post("/api/verify").jsonPath().getString("title"))
                .isEqualTo("Сұраулар тым көп, кейінірек қайталаңыз");

        // the bucket is a row of the service's database, not a counter of this instance's memory
        long rows = QuarkusTransaction.requiringNew().call(() -> NativeRows.map(em,
                "SELECT count(*) AS n FROM rate_limit_bucket WHERE id = ?1", row -> row.number("n"),
                "verify:client:" + client).get(0));
        assertThat(rows).isEqualTo(1);
    }

    private static Response verifyFrom(String client) {
        return given().header("X-Forwarded-For", client).contentType(ContentType.JSON).body("{}").post("/api/verify");
    }
}
