package kz.egov.mio;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import kz.egov.testinfra.AllAtOnce;
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
        List<Integer> codes = AllAtOnce.statusCodes(60, i -> NewOfficers.signIn(iin, "Wrong-pass-" + i).statusCode());
        // each 401 is a password that was checked and refused; the lock comes with the fifth (423), after which
        // nothing is checked
        assertThat(codes).containsOnly(401, 423);
        assertThat(codes.stream().filter(code -> code == 401).count()).as("passwords tried before the lock")
                .isLessThanOrEqualTo(4);
        NewOfficers.signIn(iin, NewOfficers.PASSWORD).then().statusCode(423);
    }
}
