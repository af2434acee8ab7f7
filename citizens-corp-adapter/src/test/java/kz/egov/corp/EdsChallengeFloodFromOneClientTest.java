package kz.egov.corp;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import kz.egov.platform.persistence.NativeRows;
import kz.egov.testinfra.EgovInfrastructureResource;
import kz.egov.testinfra.Flood;
import kz.egov.testinfra.FloodTest;
import org.junit.jupiter.api.Test;

/**
 * Issue [wave 2 · 6/16]: "Rate limits … per client … on … the ЦОН/МИО EDS challenges; `429` problem+json with
 * `Retry-After`" — a refused challenge is not stored.
 */
@QuarkusTest
@QuarkusTestResource(value = EgovInfrastructureResource.class, restrictToAnnotatedClass = false)
class EdsChallengeFloodFromOneClientTest extends FloodTest {

    @Inject
    EntityManager em;

    @Test
    void aClientGetsItsAllowanceOfChallengesAndNotOneRowMore() {
        String client = Flood.client();
        int allowance = Flood.capacity("eds-challenge", "per-client");
        long before = challenges();
        Flood.spend(allowance, i -> challengeFrom(client).then().statusCode(200).extract().response());
        Flood.assertLimited(challengeFrom(client));
        assertThat(challenges() - before).as("challenges stored").isEqualTo(allowance);

        challengeFrom(Flood.client()).then().statusCode(200);
    }

    @Test
    void signInsByEdsAreLimitedPerClientToo() {
        String client = Flood.client();
        Flood.spend(Flood.capacity("eds-sign-in", "per-client"), i -> given().header("X-Forwarded-For", client)
                .contentType("application/json").body("{}").post("/api/auth/eds/sign-in"));
        Flood.assertLimited(given().header("X-Forwarded-For", client).contentType("application/json").body("{}")
                .post("/api/auth/eds/sign-in"));
    }

    private static Response challengeFrom(String client) {
        return given().header("X-Forwarded-For", client).contentType("application/json").post("/api/auth/eds/challenge");
    }

    private long challenges() {
        return QuarkusTransaction.requiringNew().call(() -> NativeRows.map(em,
                "SELECT count(*) AS n FROM signin_challenge", row -> row.number("n")).get(0));
    }
}
