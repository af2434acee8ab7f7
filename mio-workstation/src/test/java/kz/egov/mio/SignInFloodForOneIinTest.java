package kz.egov.mio;

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
 * `Retry-After`": an officer's IIN tried from many addresses, and one address trying many IINs.
 */
@QuarkusTest
@QuarkusTestResource(value = EgovInfrastructureResource.class, restrictToAnnotatedClass = false)
class SignInFloodForOneIinTest extends FloodTest {

    @Test
    void oneOfficersIinTriedFromManyClientsIsRefusedOnceItsAllowanceIsSpent() {
        String iin = NewOfficers.add();
        Flood.spend(Flood.capacity("sign-in", "per-iin"), i -> signIn(Flood.client(), iin, "Wrong-pass-" + i));
        Flood.assertLimited(signIn(Flood.client(), iin, NewOfficers.PASSWORD));
    }

    @Test
    void oneClientTryingManyIinsIsRefusedOnceItsAllowanceIsSpent() {
        String client = Flood.client();
        Flood.spend(Flood.capacity("sign-in", "per-client"), i -> signIn(client, null, null));
        Flood.assertLimited(signIn(client, NewOfficers.add(), NewOfficers.PASSWORD));
    }

    private static Response signIn(String client, String iin, String password) {
        return given().header("X-Forwarded-For", client).contentType("application/json")
                .body(iin == null ? Map.of() : Map.of("iin", iin, "password", password)).post("/api/sign-in");
    }
}
