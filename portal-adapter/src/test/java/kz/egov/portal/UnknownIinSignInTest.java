package kz.egov.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.ArrayList;
import java.util.List;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import kz.egov.contract.reason.ReasonCode;
import kz.egov.testinfra.EgovInfrastructureResource;
import org.junit.jupiter.api.Test;

/**
 * Issue [wave 2 · 6/16]: "an unknown IIN answers AUTH_UNKNOWN_CITIZEN and a known one AUTH_BAD_CREDENTIALS … lockout
 * and limits keyed by the IIN whether an account exists or not, and an unknown IIN costs the same bcrypt work, so
 * neither the answer nor its timing tells which IINs have accounts".
 */
@QuarkusTest
@QuarkusTestResource(value = EgovInfrastructureResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = GatewayStandIn.class, restrictToAnnotatedClass = false)
class UnknownIinSignInTest {

    @Test
    void anUnknownIinIsAnsweredAsAWrongPasswordAndLocksTheSameWay() {
        String unknown = Portal.nextPerson().iin();
        Portal.Citizen known = Portal.newCitizen();
        for (int i = 0; i < 4; i++) {
            Response u = Portal.signIn(unknown, "Wrong-password-" + i);
            Response k = Portal.signIn(known.iin(), "Wrong-password-" + i);
            assertThat(u.statusCode()).isEqualTo(k.statusCode()).isEqualTo(401);
            assertThat(u.jsonPath().getString("code")).isEqualTo(k.jsonPath().getString("code"))
                    .isEqualTo(ReasonCode.AUTH_BAD_CREDENTIALS.code());
            assertThat(u.jsonPath().getString("detail")).isEqualTo(k.jsonPath().getString("detail"));
        }
        Portal.signIn(unknown, "Wrong-password-5").then().statusCode(423)
                .body("code", equalTo(ReasonCode.AUTH_ACCOUNT_LOCKED.code()));
        Portal.signIn(known.iin(), "Wrong-password-5").then().statusCode(423)
                .body("code", equalTo(ReasonCode.AUTH_ACCOUNT_LOCKED.code()));
    }

    @Test
    void anUnknownIinCostsTheSameBcryptWork() {
        Portal.Citizen known = Portal.newCitizen();
        List<Long> unknownNanos = new ArrayList<>();
        List<Long> knownNanos = new ArrayList<>();
        for (int i = 0; i < 3; i++) { // three of each: under the lock of five
            String unknown = Portal.nextPerson().iin();
            knownNanos.add(timed(known.iin()));
            unknownNanos.add(timed(unknown));
        }
        // without the bcrypt work an unknown IIN is answered in a few milliseconds, a wrong password in tens
        assertThat(median(unknownNanos)).as("unknown IIN vs wrong password, ns")
                .isGreaterThan(median(knownNanos) / 2);
    }

    private static long timed(String iin) {
        long t0 = System.nanoTime();
        Portal.signIn(iin, "Wrong-password-1").then().statusCode(401);
        return System.nanoTime() - t0;
    }

    private static long median(List<Long> values) {
        return values.stream().sorted().toList().get(values.size() / 2);
    }
}
