package kz.egov.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaConstructorCall;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The rules the architecture relies on, each as an ArchUnit rule over packages named by the caller (the project's own
 * in {@link ArchitectureRulesTest}, a sample's in the tests that show each rule catches what it forbids).
 */
final class ArchitectureRules {

    /** The five services' root packages. */
    static final List<String> SERVICES = List.of("kz.egov.gateway", "kz.egov.portal", "kz.egov.mio",
            "kz.egov.registry", "kz.egov.corp");

    private static final Set<Class<?>> TIME_TYPES = Set.of(Instant.class, LocalDate.class, LocalDateTime.class,
            LocalTime.class, OffsetDateTime.class, ZonedDateTime.class, Year.class, YearMonth.class);

    /** Thrown by code the compiler writes (an exhaustive switch over an enum or a sealed type), not by ours. */
    private static final Set<String> COMPILER_MADE = Set.of(IncompatibleClassChangeError.class.getName(),
            "java.lang.MatchException");

    private ArchitectureRules() {
    }

    /** Only eds touches BouncyCastle (everything else goes through eds's API). */
    static ArchRule bouncyCastleOnlyIn(String edsPackage) {
        return noClasses().that().resideOutsideOfPackage(edsPackage + "..")
                .should().dependOnClassesThat().resideInAPackage("org.bouncycastle..")
                .because("only eds touches BouncyCastle");
    }

    /** A service never uses another service's classes: they meet only through contract's messages. */
    static ArchRule serviceIndependent(String service, List<String> all) {
        String[] others = all.stream().filter(s -> !s.equals(service)).map(s -> s + "..").toArray(String[]::new);
        return noClasses().that().resideInAPackage(service + "..")
                .should().dependOnClassesThat().resideInAnyPackage(others)
                .because("services meet only through contract's messages over the gateway");
    }

    /** No package outside contract is where messages, envelopes, topics or schemas are defined. */
    static ArchRule messagesOnlyIn(String contractPackage) {
        return noClasses().that().resideOutsideOfPackage(contractPackage + "..")
                .should().resideInAnyPackage("..message..", "..envelope..", "..topic..", "..schema..")
                .because("only contract defines message formats");
    }

    /** No record in {@code packages} is named like one of contract's message records (a second definition). */
    static ArchRule noSecondMessageRecord(Set<String> messageRecordNames, String... packages) {
        return noClasses().that().resideInAnyPackage(dotted(packages)).and().areRecords()
                .should().haveNameMatching(".*\\.(" + String.join("|", messageRecordNames) + ")")
                .because("only contract defines message records");
    }

    /** Message handlers refuse with contract's coded exceptions only (a reason code, kk and ru texts). */
    static ArchRule handlersThrowOnlyCodedExceptions(String handlerInterface, String contractPackage,
            String... checkPackages) {
        return noClasses().that().implement(handlerInterface).or().resideInAnyPackage(dotted(checkPackages))
                .should().callConstructorWhere(uncodedException(contractPackage))
                .because("a refusal carries a reason code of contract's catalog");
    }

    /** No read of the wall clock: time comes from the one injected {@link Clock}. */
    static ArchRule noWallClockReads(String... packages) {
        return noClasses().that().resideInAnyPackage(dotted(packages))
                .should().callMethodWhere(wallClockMethod())
                .orShould().callConstructorWhere(wallClockDate())
                .because("time comes from the one injected Clock, so tests can set it and rules agree on it");
    }

    /** No system clock made except by the one producer. */
    static ArchRule noSystemClockOutside(String producerPackage, String... packages) {
        return noClasses().that().resideInAnyPackage(dotted(packages)).and().resideOutsideOfPackage(producerPackage)
                .should().callMethodWhere(new DescribedPredicate<JavaCall<?>>("Clock.system*()") {
                    @Override
                    public boolean test(JavaCall<?> call) {
                        return call.getTargetOwner().isEquivalentTo(Clock.class)
                                && call.getName().startsWith("system");
                    }
                })
                .because("the one Clock is produced by platform and injected");
    }

    private static DescribedPredicate<JavaCall<?>> wallClockMethod() {
        return new DescribedPredicate<>("a read of the wall clock (now(), currentTimeMillis())") {
            @Override
            public boolean test(JavaCall<?> call) {
                JavaClass owner = call.getTargetOwner();
                boolean now = call.getName().equals("now") && call.getTarget().getRawParameterTypes().isEmpty()
                        && TIME_TYPES.stream().anyMatch(owner::isEquivalentTo);
                boolean millis = owner.isEquivalentTo(System.class) && call.getName().equals("currentTimeMillis");
                return now || millis;
            }
        };
    }

    private static DescribedPredicate<JavaConstructorCall> wallClockDate() {
        return new DescribedPredicate<>("new Date()") {
            @Override
            public boolean test(JavaConstructorCall call) {
                return call.getTargetOwner().isEquivalentTo(Date.class)
                        && call.getTarget().getRawParameterTypes().isEmpty();
            }
        };
    }

    private static DescribedPredicate<JavaConstructorCall> uncodedException(String contractPackage) {
        return new DescribedPredicate<>("an exception that is not one of contract's coded exceptions") {
            @Override
            public boolean test(JavaConstructorCall call) {
                JavaClass owner = call.getTargetOwner();
                return owner.isAssignableTo(Throwable.class) && !owner.getPackageName().startsWith(contractPackage)
                        && !COMPILER_MADE.contains(owner.getName());
            }
        };
    }

    private static String[] dotted(String... packages) {
        return Stream.of(packages).map(p -> p + "..").toArray(String[]::new);
    }
}
