package kz.egov.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import kz.egov.catalog.ServiceCatalog;
import kz.egov.catalog.model.RegistryCommand;
import kz.egov.catalog.model.RegistryRequirement;
import kz.egov.catalog.model.Variant;
import kz.egov.cli.demo.Journeys;
import kz.egov.cli.demo.Target;
import kz.egov.cli.demo.VariantJourneys;
import kz.egov.cli.stack.RunningStack;

/**
 * Issue [wave 2 · 8/16]: "A journey per variant × channel its text gives … from submission to the result back at the
 * origin (cabinet, ЦОН hand-over, office), with the roles, steps, results and refusals the catalog names". Each route
 * of {@link VariantJourneys#routes()} — every complete variant on the portal, at the State Corporation and at the
 * provider's office as its text gives them — runs through the whole stack with a new citizen of its region; three at
 * a time (each with its own officers' sessions), since no journey moves ИС МИО's workflow clock. What is asserted
 * comes from the catalog: the routed variant and channel, every officer's action taken in a role the variant's plan
 * gives, the result signed by the signing step's role and back at the origin, and for a citizen with no registry
 * card the outcome the variant's АИС «Рынок труда» rule gives (its first requirement refuses, and the refusal is the
 * motivated refusal the text provides).
 */
class VariantJourneysTest {

    private static final ServiceCatalog CATALOG = ServiceCatalog.loadDefault();
    private static final Map<VariantJourneys.Route, Object> DONE = new LinkedHashMap<>();

    @BeforeAll
    static void runAll() throws InterruptedException {
        RunningStack stack = E2eStack.get();
        Target target = Target.of(stack.config(), stack.secrets());
        ExecutorService pool = Executors.newFixedThreadPool(3);
        Map<VariantJourneys.Route, Future<VariantJourneys.Journey>> running = new LinkedHashMap<>();
        for (VariantJourneys.Route r : VariantJourneys.routes()) {
            running.put(r, pool.submit(() -> new VariantJourneys(new Journeys(target,
                    line -> System.out.println("[" + r + "] " + line), Duration.ofSeconds(90))).run(r)));
        }
        pool.shutdown();
        for (var e : running.entrySet()) {
            try {
                DONE.put(e.getKey(), e.getValue().get());
            } catch (java.util.concurrent.ExecutionException failed) {
                DONE.put(e.getKey(), failed.getCause());
            }
        }
    }

    @TestFactory
    Stream<DynamicTest> everyVariantOnEveryChannelItsTextGives() {
        assertThat(DONE.keySet()).as("V01–V13, V16 on their portal, office, State Corporation and other body's channels")
                .hasSizeGreaterThanOrEqualTo(25);
        return DONE.entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey().toString(), () -> {
            if (e.getValue() instanceof Throwable t) {
                throw new AssertionError(e.getKey() + " did not go through: " + t.getMessage(), t);
            }
            check((VariantJourneys.Journey) e.getValue(), true);
        }));
    }

    /**
     * The positive side of the registry rules, one citizen at the Mangystau offices: V03 registers the job seeker, so
     * V02's rule (a job seeker first, inferred from «Жұмыссыз ретінде жұмыс іздеп жүрген адамдарды тіркеу») holds and
     * the registration as unemployed is made by the decision; V01 then refers the unemployed person to a measure.
     */
    /**
     * East Kazakhstan, one citizen: V11 registers the job seeker at the employment centre; V12's akimat registers the
     * unemployed by its decision (the centre takes the application and issues the result); V13's certificate then finds
     * the registration and the identification data on the card (003 L985–989).
     */
    @org.junit.jupiter.api.Test
    void oneCitizenOfEastKazakhstanJobSeekerThenUnemployedViaTheCentreThenCertified() {
        RunningStack stack = E2eStack.get();
        List<VariantJourneys.Journey> done = new VariantJourneys(new Journeys(Target.of(stack.config(),
                stack.secrets()), line -> System.out.println("[East Kazakhstan] " + line), Duration.ofSeconds(90)))
                .atTheOffices("63", "V11", "V12", "V13");

        assertThat(done).extracting(x -> x.caseView().path("outcome").asText())
                .containsExactly("COMPLETED", "COMPLETED", "COMPLETED");
        assertThat(done.get(1).route().channel().name()).isEqualTo("VIA_OTHER_BODY");
        assertThat(done.get(2).caseView().path("registry").get(0).path("command").asText())
                .isEqualTo("CHECK_UNEMPLOYED_REGISTRATION");
        assertThat(done.get(2).caseView().path("registry").get(0).path("state").asText()).isEqualTo("ACCEPTED");
        done.forEach(x -> check(x, false));
    }

    @org.junit.jupiter.api.Test
    void oneCitizenAtTheMangystauOfficesJobSeekerThenUnemployedThenReferred() {
        RunningStack stack = E2eStack.get();
        List<VariantJourneys.Journey> done = new VariantJourneys(new Journeys(Target.of(stack.config(),
                stack.secrets()), line -> System.out.println("[Mangystau] " + line), Duration.ofSeconds(90)))
                .atTheOffices("47", "V03", "V02", "V01");

        assertThat(done).extracting(x -> x.caseView().path("outcome").asText())
                .containsExactly("COMPLETED", "COMPLETED", "COMPLETED");
        assertThat(done).extracting(x -> x.caseView().path("registry").get(0).path("command").asText())
                .containsExactly("REGISTER_JOB_SEEKER", "REGISTER_UNEMPLOYED", "REFER_TO_MEASURE");
        JsonNode card = done.get(2).caseView().path("registry").get(0).path("card");
        assertThat(card.path("status").asText()).isEqualTo("UNEMPLOYED");
        assertThat(card.path("referrals")).hasSize(1);
        done.forEach(x -> check(x, false));
    }

    /** What every journey shows; {@code newCitizen}: the citizen had no card, so the registry rule's refusal applies. */
    private static void check(VariantJourneys.Journey j, boolean newCitizen) {
        Variant v = CATALOG.variant(j.route().variant());
        JsonNode kase = j.caseView();
        assertThat(kase.at("/summary/variantCode").asText()).isEqualTo(v.code());
        assertThat(kase.at("/summary/channel").asText()).isEqualTo(j.route().channel().name());

        // every officer's action was taken in a role the variant's plan gives that step
        Set<String> roles = new java.util.HashSet<>();
        kase.path("steps").forEach(s -> {
            if (s.path("performedHere").asBoolean()) {
                roles.add(s.path("role").asText());
            }
        });
        List<String> officers = new ArrayList<>();
        kase.path("actions").forEach(a -> {
            if (!a.path("officerIin").isNull() && !a.path("officerIin").asText().isEmpty()) {
                officers.add(a.path("stepRole").asText());
            }
        });
        assertThat(officers).as(j.roleActions().toString()).isNotEmpty().allMatch(roles::contains);
        assertThat(j.roleActions()).anyMatch(a -> a.endsWith(":SIGN"));

        // the result, signed in the signing step's role, and the outcome the registry rule gives a citizen with no card
        String signingRole = signingRole(kase);
        assertThat(j.resultDocument().path("signedByRole").asText()).isEqualTo(signingRole);
        String expectedRefusal = newCitizen ? firstRefusal(v) : null;
        if (expectedRefusal == null) {
            assertThat(kase.path("outcome").asText()).as("no registry rule refuses a new citizen").isEqualTo("COMPLETED");
            assertThat(j.resultDocument().path("kind").asText()).isNotEqualTo("MOTIVATED_REFUSAL");
        } else {
            assertThat(v.refusesWithMotivation()).as(v.code() + " gives a motivated refusal").isTrue();
            assertThat(kase.path("outcome").asText()).isEqualTo("MOTIVATED_REFUSAL");
            assertThat(j.resultDocument().path("refusalReasonCode").asText()).isEqualTo(expectedRefusal);
            JsonNode refused = kase.path("registry").get(kase.path("registry").size() - 1);
            assertThat(refused.path("state").asText()).isEqualTo("REFUSED");
            assertThat(refused.path("reasonCode").asText()).isEqualTo(expectedRefusal);
        }

        // back at the origin
        switch (j.route().channel()) {
            case PORTAL -> assertThat(j.originView().path("businessStatus").asText()).isEqualTo("ISSUED");
            case STATE_CORPORATION -> {
                assertThat(j.originView().path("businessStatus").asText()).isEqualTo("ISSUED");
                assertThat(kase.at("/summary/status").asText()).isEqualTo("ISSUED");
            }
            case PROVIDER_OFFICE -> assertThat(kase.at("/summary/status").asText()).isEqualTo("ISSUED");
            case VIA_OTHER_BODY -> {
                assertThat(j.originView().path("businessStatus").asText()).isEqualTo("ISSUED");
                assertThat(j.originView().path("handedOverAt").asText()).isNotBlank();
                assertThat(kase.at("/summary/status").asText()).isEqualTo("ISSUED");
                assertThat(kase.path("origin").asText()).as("the centre took it").startsWith("ec-")
                        .isNotEqualTo(j.providerId());
            }
            default -> throw new AssertionError("no journey for " + j.route().channel());
        }
    }

    /** The signing step's role as ИС МИО's plan has it: the catalog's signing step here, else the last one here. */
    private static String signingRole(JsonNode kase) {
        String last = null;
        for (JsonNode s : kase.path("steps")) {
            if (s.path("performedHere").asBoolean()) {
                if (s.path("signsResult").asBoolean()) {
                    return s.path("role").asText();
                }
                last = s.path("role").asText();
            }
        }
        return last;
    }

    /**
     * What АИС «Рынок труда» answers a citizen with no card, by the variant's rules in the order its steps send the
     * commands: the first requirement of the first rule that has one (a new citizen meets none); null when none.
     */
    private static String firstRefusal(Variant v) {
        for (RegistryCommand c : v.registryCommands()) {
            List<RegistryRequirement> requires = v.registryRule(c).orElseThrow().requires();
            if (!requires.isEmpty()) {
                return requires.get(0).refusal().code();
            }
        }
        return null;
    }
}
