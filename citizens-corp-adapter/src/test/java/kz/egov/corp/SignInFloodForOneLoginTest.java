package kz.egov.corp;

import static io.restassured.RestAssured.given;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import kz.egov.testinfra.EgovInfrastructureResource;
import kz.egov.testinfra.Flood;
import kz.egov.testinfra.FloodTest;
import org.junit.jupiter.api.Test;

/**
 * Issue [wave 2 · 6/16]: "Rate limits … per client and per IIN on … sign-in …; `429` problem+json with
 * `Retry-After`": an operator's login tried from many addresses, and one address trying many logins.
 */
@QuarkusTest
@QuarkusTestResource(value = EgovInfrastructureResource.class, restrictToAnnotatedClass = false)
class SignInFloodForOneLoginTest extends FloodTest {

    @Test
    void oneLoginTriedFromManyClientsIsRefusedOnceItsAllowanceIsSpent() {
        // a login of this test's own (whether an account has it or not, the allowance is the same): the seeded desks'
        // logins are signed in by the suite's other tests, in the same database
        String login = "flood-desk-" + Flood.client();
        Flood.spend(Flood.capacity("sign-in", "per-iin"), i -> signIn(Flood.client(), login, "Wrong-pass-" + i));
        Flood.assertLimited(signIn(Flood.client(), login, Desk.PASSWORD));
    }

    @Test
    void oneClientTryingManyLoginsIsRefusedOnceItsAllowanceIsSpent() {
        String client = Flood.client();
        Flood.spend(Flood.capacity("sign-in", "per-client"), i -> signIn(client, null, null));
        Flood.assertLimited(signIn(client, "no-such-desk", "Wrong-pass"));
    }

    private static Response signIn(String client, String login, String password) {
        return given().header("X-Forwarded-For", client).contentType("application/json")
                .body(login == null ? Map.of() : Map.of("login", login, "password", password)).post("/api/auth/sign-in");
    }
}
