package kz.egov.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import kz.egov.testinfra.AllAtOnce;
import kz.egov.testinfra.EgovInfrastructureResource;
import org.junit.jupiter.api.Test;

/**
 * Issue [wave 2 · 6/16]: "60 parallel wrong passwords for one citizen got 11 tries before the lock … failures counted
 * atomically (60 parallel wrong passwords → at most 5 tried)".
 */
@QuarkusTest
@QuarkusTestResource(value = EgovInfrastructureResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = GatewayStandIn.class, restrictToAnnotatedClass = false)
class ParallelWrongPasswordsTest {

    @Test
    void sixtyAtOnceTryAtMostFiveAndLockTheAccount() throws Exception {
        Portal.Citizen c = Portal.newCitizen();
        List<Integer> codes = AllAtOnce.statusCodes(60,
                i -> Portal.signIn(c.iin(), "Wrong-password-" + i).statusCode());
        // each 401 is a password that was checked and refused; the lock comes with the fifth (423), after which
        // nothing is checked
        assertThat(codes).containsOnly(401, 423);
        assertThat(codes.stream().filter(code -> code == 401).count()).as("passwords tried before the lock")
                .isLessThanOrEqualTo(4);
        Portal.signIn(c.iin(), Portal.PASSWORD).then().statusCode(423);
    }
}
