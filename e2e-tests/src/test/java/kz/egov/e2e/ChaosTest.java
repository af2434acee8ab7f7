package kz.egov.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import kz.egov.cli.chaos.ChaosReport;
import kz.egov.cli.chaos.ChaosRun;
import kz.egov.cli.stack.RunningStack;

/**
 * Faults with nothing lost, the short run of {@code ./egov chaos}: 200 signed portal requests streamed at the shared
 * stack while each of the five services is killed with SIGKILL and restarted, the Kafka broker is restarted,
 * PostgreSQL is restarted, and last the broker and PostgreSQL crash (SIGKILL; PostgreSQL's crash recovery), and a few requests are taken through registration (REGISTER_JOB_SEEKER) and signing
 * meanwhile; then every reconciliation check across the services must pass and the stack must be ready again.
 *
 * <p>It disrupts the shared stack, so it runs LAST: {@code junit-platform.properties} orders classes by
 * {@link Order}; classes without one get {@code ClassOrderer.OrderAnnotation}'s default (Integer.MAX_VALUE / 2) and
 * run before this one.
 */
@Order(Integer.MAX_VALUE)
class ChaosTest {

    @Test
    void twoHundredRequestsThroughEveryKindOfFaultWithNothingLostOrDuplicated() {
        RunningStack stack = E2eStack.get();
        ChaosReport report = ChaosRun.run(stack, 200, 4, 3, line -> System.out.println("[chaos] " + line));
        report.print(System.out);

        assertThat(report.failures()).as("reconciliation").isEmpty();
        assertThat(report.faults()).as("faults").hasSize(9).allMatch(f -> f.failure() == null);
        assertThat(report.submitted()).isGreaterThanOrEqualTo(200);
        assertThat(report.cases()).as("requests that reached МИО").isGreaterThan(150);
        assertThat(report.registrationCases()).isEqualTo(3);
    }
}
