package kz.egov.portal;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import kz.egov.contract.message.PersonRecord;
import kz.egov.platform.persistence.NativeRows;
import kz.egov.testinfra.EgovInfrastructureResource;
import kz.egov.testinfra.Flood;
import kz.egov.testinfra.FloodTest;
import org.junit.jupiter.api.Test;

/**
 * Issue [wave 2 · 6/16]: "Rate limits … per client and per IIN on challenge, registration …; `429` problem+json with
 * `Retry-After`" — and a refused call writes nothing.
 */
@QuarkusTest
@QuarkusTestResource(value = EgovInfrastructureResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = GatewayStandIn.class, restrictToAnnotatedClass = false)
class RegistrationChallengesForOneIinTest extends FloodTest {

    @Inject
    EntityManager em;

    @Test
    void challengesForOneIinStopAtItsAllowanceAndTheRefusedOnesStoreNothing() {
        PersonRecord p = Portal.nextPerson();
        int allowance = Flood.capacity("registration-challenge", "per-iin");
        Flood.spend(allowance, i -> challenge(Flood.client(), p.iin()));
        Flood.assertLimited(challenge(Flood.client(), p.iin()));
        assertThat(challengesOf(p.iin())).as("challenges stored").isEqualTo(allowance);

        // the limit is the IIN's: another person registers from the same clients
        challenge(Flood.client(), Portal.nextPerson().iin()).then().statusCode(200);
    }

    @Test
    void registrationsNamingOneIinStopAtItsAllowance() {
        PersonRecord p = Portal.nextPerson();
        Flood.spend(Flood.capacity("registration", "per-iin"), i -> register(Flood.client(), p.iin()));
        Flood.assertLimited(register(Flood.client(), p.iin()));
    }

    private static Response challenge(String client, String iin) {
        return given().header("X-Forwarded-For", client).contentType(ContentType.JSON).body(Map.of("iin", iin))
                .post("/api/accounts/challenge");
    }

    private static Response register(String client, String iin) {
        return given().header("X-Forwarded-For", client).contentType(ContentType.JSON)
                .body(Map.of("iin", iin, "password", Portal.PASSWORD, "language", "ru", "challenge", "no-such",
                        "signature", "AA=="))
                .post("/api/accounts");
    }

    private long challengesOf(String iin) {
        return QuarkusTransaction.requiringNew().call(() -> NativeRows.map(em,
                "SELECT count(*) AS n FROM registration_challenge WHERE iin = ?1", row -> row.number("n"), iin)
                .get(0));
    }
}
