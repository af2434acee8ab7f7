package kz.egov.mio;

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
 * Issue [wave 2 · 6/16]: "ИС МИО's failure count is a read-modify-write … failures counted atomically (60 parallel
 * wrong passwords → at most 5 tried)".
 */
@QuarkusTest
@QuarkusTestResource(value = EgovInfrastructureResource.class, restrictToAnnotatedClass = false)
class ParallelWrongOfficerPasswordsTest {

    @Test
    void sixtyAtOnceTryAtMostFive() throws Exception {
        String iin = NewOfficers.add();
        ExecutorService pool = Executors.newFixedThreadPool(60);
        List<Future<Integer>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < 60; i++) {
                String wrong = "Wrong-pass-" + i;
                answers.add(pool.submit((Callable<Integer>) () -> NewOfficers.signIn(iin, wrong).statusCode()));
            }
            List<Integer> codes = new ArrayList<>();
            for (Future<Integer> f : answers) {
                codes.add(f.get());
            }
            assertThat(codes).containsOnly(401, 423);
            assertThat(codes.stream().filter(code -> code == 401).count()).as("passwords tried before the lock")
                    .isLessThanOrEqualTo(4);
        } finally {
            pool.shutdownNow();
        }
        NewOfficers.signIn(iin, NewOfficers.PASSWORD).then().statusCode(423);
    }
}
