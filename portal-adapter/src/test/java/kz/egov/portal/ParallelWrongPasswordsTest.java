package kz.egov.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
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
        ExecutorService pool = Executors.newFixedThreadPool(60);
        List<Future<Integer>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < 60; i++) {
                String wrong = "Wrong-password-" + i;
                answers.add(pool.submit((Callable<Integer>) () -> Portal.signIn(c.iin(), wrong).statusCode()));
            }
            List<Integer> codes = new ArrayList<>();
            for (Future<Integer> f : answers) {
                codes.add(f.get());
            }
            // each 401 is a password that was checked and refused; the lock comes with the fifth (423), after which
            // nothing is checked
            assertThat(codes).containsOnly(401, 423);
            assertThat(codes.stream().filter(code -> code == 401).count()).as("passwords tried before the lock")
                    .isLessThanOrEqualTo(4);
        } finally {
            pool.shutdownNow();
        }
        Portal.signIn(c.iin(), Portal.PASSWORD).then().statusCode(423);
    }
}
