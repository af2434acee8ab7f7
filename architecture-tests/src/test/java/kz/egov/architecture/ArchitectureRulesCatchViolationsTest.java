package kz.egov.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.EvaluationResult;
import kz.egov.architecture.samples.message.ServiceRequest;
import kz.egov.architecture.samples.one.WallClockSample;
import kz.egov.architecture.samples.two.OtherServiceType;
import kz.egov.architecture.samples.two.SampleHandler;
import kz.egov.architecture.samples.two.UncodedHandler;
import org.junit.jupiter.api.Test;

/** Each rule of {@link ArchitectureRules} reports a sample that breaks it: the rules are not vacuous. */
class ArchitectureRulesCatchViolationsTest {

    private static final String SAMPLES = "kz.egov.architecture.samples";
    private static final JavaClasses CLASSES = new ClassFileImporter().importClasses(WallClockSample.class,
            OtherServiceType.class, SampleHandler.class, UncodedHandler.class, ServiceRequest.class);

    @Test
    void aWallClockReadIsReported() {
        EvaluationResult result = ArchitectureRules.noWallClockReads(SAMPLES).evaluate(CLASSES);
        assertThat(result.getFailureReport().getDetails())
                .anyMatch(d -> d.contains("Instant.now()"))
                .anyMatch(d -> d.contains("System.currentTimeMillis()"));
    }

    @Test
    void aSystemClockMadeOutsideTheProducerIsReported() {
        EvaluationResult result = ArchitectureRules.noSystemClockOutside(SAMPLES + ".time", SAMPLES)
                .evaluate(CLASSES);
        assertThat(result.getFailureReport().getDetails()).anyMatch(d -> d.contains("Clock.systemUTC()"));
    }

    @Test
    void aServiceUsingAnothersClassIsReported() {
        List<String> services = List.of(SAMPLES + ".one", SAMPLES + ".two");
        EvaluationResult result = ArchitectureRules.serviceIndependent(SAMPLES + ".one", services).evaluate(CLASSES);
        assertThat(result.getFailureReport().getDetails()).anyMatch(d -> d.contains("OtherServiceType"));
    }

    @Test
    void anUncodedRefusalInAHandlerIsReported() {
        EvaluationResult result = ArchitectureRules.handlersThrowOnlyCodedExceptions(SampleHandler.class.getName(),
                "kz.egov.contract").evaluate(CLASSES);
        assertThat(result.getFailureReport().getDetails()).anyMatch(d -> d.contains("IllegalStateException"));
    }

    @Test
    void aMessageDefinedOutsideContractIsReported() {
        assertThat(ArchitectureRules.messagesOnlyIn("kz.egov.contract").evaluate(CLASSES).hasViolation()).isTrue();
        EvaluationResult second = ArchitectureRules.noSecondMessageRecord(Set.of("ServiceRequest"), SAMPLES)
                .evaluate(CLASSES);
        assertThat(second.getFailureReport().getDetails()).anyMatch(d -> d.contains("ServiceRequest"));
    }
}
