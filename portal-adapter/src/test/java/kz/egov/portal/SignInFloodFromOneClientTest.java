package kz.egov.portal;

import static io.restassured.RestAssured.given;

import java.time.Duration;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import kz.egov.testinfra.EgovInfrastructureResource;
import kz.egov.testinfra.Flood;
import kz.egov.testinfra.FloodTest;
import org.junit.jupiter.api.Test;

/**
 * Issue [wave 2 · 6/16]: "Rate limits … per client and per IIN on challenge, registration, sign-in, public verify …;
 * `429` problem+json with `Retry-After`; limits in configuration. The client is the address from a trusted proxy's
 * `X-Forwarded-For` (configured list) or the peer address".
 */
@QuarkusTest
@QuarkusTestResource(value = EgovInfrastructureResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = GatewayStandIn.class, restrictToAnnotatedClass = false)
class SignInFloodFromOneClientTest extends FloodTest {

    @Test
    void aClientThatSpentItsSignInsIsRefused429UntilItsBucketRefills() {
        String client = Flood.client();
        int capacity = Flood.capacity("sign-in", "per-client");
        // no IIN named: only the client's bucket is spent, and nothing is checked against an account
        Flood.spend(capacity, i -> signInFrom(client));
        Response refused = signInFrom(client);
        Flood.assertLimited(refused);

        // after the time Retry-After names, the client is served again
        clock.advance(Duration.ofSeconds(Long.parseLong(refused.header("Retry-After"))));
        signInFrom(client).then().statusCode(401);

        // another client behind the same proxy is still served; the citizen signs in
        Portal.Citizen c = Portal.newCitizen();
        given().header("X-Forwarded-For", Flood.client()).contentType(ContentType.JSON)
                .body(Map.of("iin", c.iin(), "password", Portal.PASSWORD)).post("/api/sessions").then().statusCode(201);
    }

    @Test
    void onlyTheProxysOwnEntryCountsNotWhatTheClientWroteBeforeIt() {
        String client = Flood.client();
        Flood.spend(Flood.capacity("sign-in", "per-client"), i -> signInFrom(client));
        // the client writes a made-up address of its own left of the one the proxy appended: still its bucket
        Response spoofed = given().header("X-Forwarded-For", Flood.client() + ", " + client)
                .contentType(ContentType.JSON).body("{}").post("/api/sessions");
        Flood.assertLimited(spoofed);
    }

    private static Response signInFrom(String client) {
        return given().header("X-Forwarded-For", client).contentType(ContentType.JSON).body("{}").post("/api/sessions");
    }
}
