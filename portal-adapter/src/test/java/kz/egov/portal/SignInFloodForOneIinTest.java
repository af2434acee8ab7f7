package kz.egov.portal;

import static io.restassured.RestAssured.given;

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
 * Issue [wave 2 · 6/16]: "Rate limits … per client and per IIN on … sign-in …; `429` problem+json with
 * `Retry-After`", and "lockout and limits keyed by the IIN whether an account exists or not".
 */
@QuarkusTest
@QuarkusTestResource(value = EgovInfrastructureResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = GatewayStandIn.class, restrictToAnnotatedClass = false)
class SignInFloodForOneIinTest extends FloodTest {

    @Test
    void signInsNamingOneIinFromManyClientsAreRefusedOnceTheIinsAllowanceIsSpent() {
        Portal.Citizen c = Portal.newCitizen();
        // a distributed guess: every try from another address, all naming one IIN (the lock answers 423 after five);
        // the citizen's own sign-in of newCitizen() was the first of the allowance
        Flood.spend(Flood.capacity("sign-in", "per-iin") - 1, i -> signIn(Flood.client(), c.iin(), "Wrong-pass-" + i));
        Flood.assertLimited(signIn(Flood.client(), c.iin(), Portal.PASSWORD));
    }

    @Test
    void anIinWithoutAnAccountHasTheSameAllowance() {
        String unknown = Portal.nextPerson().iin();
        Flood.spend(Flood.capacity("sign-in", "per-iin"), i -> signIn(Flood.client(), unknown, "Wrong-pass-" + i));
        Flood.assertLimited(signIn(Flood.client(), unknown, "Wrong-pass"));
    }

    private static Response signIn(String client, String iin, String password) {
        return given().header("X-Forwarded-For", client).contentType(ContentType.JSON)
                .body(Map.of("iin", iin, "password", password)).post("/api/sessions");
    }
}
