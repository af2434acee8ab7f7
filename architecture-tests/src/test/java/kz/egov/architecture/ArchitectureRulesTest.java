package kz.egov.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The architecture's rules over every module's main classes (issue «Ground rules in the code»: "BouncyCastle only in
 * eds; services never import one another; only contract defines message records; handlers throw only the contract's
 * coded exceptions; no wall-clock reads in services, platform and eds").
 */
class ArchitectureRulesTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("kz.egov");

    private static final String[] SERVICES_AND_PLATFORM = servicesAnd("kz.egov.platform");
    private static final String[] SERVICES_PLATFORM_EDS = servicesAnd("kz.egov.platform", "kz.egov.eds");

    @Test
    void everyModuleIsRead() {
        for (String pkg : new String[] {"kz.egov.contract", "kz.egov.eds", "kz.egov.catalog", "kz.egov.reference",
                "kz.egov.platform", "kz.egov.testinfra", "kz.egov.cli", "kz.egov.gateway", "kz.egov.portal",
                "kz.egov.mio", "kz.egov.registry", "kz.egov.corp"}) {
            assertThat(MAIN.stream().anyMatch(c -> c.getPackageName().equals(pkg) || c.getPackageName().startsWith(pkg + "."))).as(pkg).isTrue();
        }
    }

    @Test
    void bouncyCastleOnlyInEds() {
        ArchitectureRules.bouncyCastleOnlyIn("kz.egov.eds").check(MAIN);
    }

    @Test
    void servicesNeverImportOneAnother() {
        for (String service : ArchitectureRules.SERVICES) {
            ArchitectureRules.serviceIndependent(service, ArchitectureRules.SERVICES).check(MAIN);
        }
    }

    @Test
    void onlyContractDefinesMessages() {
        ArchitectureRules.messagesOnlyIn("kz.egov.contract").check(MAIN);
        Set<String> messageRecords = MAIN.stream()
                .filter(c -> c.getPackageName().equals("kz.egov.contract.message") && c.isRecord())
                .map(JavaClass::getSimpleName).collect(Collectors.toSet());
        ArchitectureRules.noSecondMessageRecord(messageRecords, SERVICES_AND_PLATFORM).check(MAIN);
    }

    @Test
    void handlersThrowOnlyCodedExceptions() {
        ArchitectureRules.handlersThrowOnlyCodedExceptions("kz.egov.platform.messaging.EnvelopeHandler",
                "kz.egov.contract", "kz.egov.gateway.check").check(MAIN);
    }

    @Test
    void noWallClockReadsInServicesPlatformAndEds() {
        ArchitectureRules.noWallClockReads(SERVICES_PLATFORM_EDS).check(MAIN);
    }

    @Test
    void theSystemClockIsMadeOnlyByPlatformsProducer() {
        ArchitectureRules.noSystemClockOutside("kz.egov.platform.time", SERVICES_AND_PLATFORM).check(MAIN);
    }

    private static String[] servicesAnd(String... more) {
        return Stream.concat(ArchitectureRules.SERVICES.stream(), Stream.of(more)).toArray(String[]::new);
    }
}
