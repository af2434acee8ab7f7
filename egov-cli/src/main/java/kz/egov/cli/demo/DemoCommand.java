package kz.egov.cli.demo;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;

import kz.egov.cli.RepoRoot;
import kz.egov.cli.stack.LocalStack;
import kz.egov.cli.stack.StackConfig;
import kz.egov.cli.stack.StackLayout;
import kz.egov.cli.stack.StackSecrets;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code egov demo}: against a stack started by {@code ./egov up}, runs the regulations' channels — the portal, the
 * State Corporation, the provider office and the refusals — narrating each step as it happens.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Run the regulations' journeys against the running local stack and narrate each step:",
            "1 portal (register, sign, route, registrar/head/executor, registry card, signed result, public verify),",
            "2 State Corporation (refusal to accept, receipt, motivated refusal, hand-over), 3 provider office walk-in,",
            "4 refusals (revoked certificate, IIN mismatch, no route, deceased); with --only mio also ИС МИО's workflows",
            "(a referral needing the card, Mangystau V03, a State Corporation package); with --only variants every full",
            "variant on every channel its text gives, or --only V10 (any variant code) that variant's channels.",
            "Exit 0 when every journey went through."})
public final class DemoCommand implements Callable<Integer> {

    @Option(names = "--data-dir", paramLabel = "DIR", description = "the local stack's data directory (default: <repo>/.egov)")
    Path dataDir;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "90",
            description = "how long to wait for each asynchronous step (default: ${DEFAULT-VALUE})")
    int timeoutSeconds;

    @Option(names = "--only", paramLabel = "JOURNEY", split = ",",
            description = "run only these journeys: portal, corp, office, refusals, mio, variants, or variant codes "
                    + "(V01…V16) (default: all but mio and the variants)")
    List<String> only;

    @Override
    public Integer call() {
        StackLayout layout = StackLayout.of(RepoRoot.locate());
        if (dataDir != null) {
            layout = layout.withDataDir(dataDir);
        }
        StackConfig config = LocalStack.configOfRunningStack(StackConfig.defaults(layout));
        StackSecrets secrets = StackSecrets.load(layout.secretsFile()).orElse(null);
        if (secrets == null || secrets.officerPassword() == null || secrets.operatorPassword() == null) {
            System.err.println("egov demo: no stack secrets with seed passwords in " + StackLayout.display(
                    layout.secretsFile()) + " (start the stack with ./egov up)");
            return 1;
        }
        Target target = Target.of(config, secrets);
        System.out.println("egov demo against " + target.portal().replaceAll(":\\d+$", "") + " (portal " + target.portal()
                + ", gateway " + target.gateway() + ", ИС МИО " + target.mio() + ", registry " + target.registry()
                + ", ИС ЦОН " + target.corp() + ")");
        Instant start = Instant.now();
        Journeys journeys = new Journeys(target, System.out::println, Duration.ofSeconds(timeoutSeconds));
        try {
            if (wanted("portal")) {
                journeys.portal();
            }
            if (wanted("corp")) {
                journeys.stateCorporation();
            }
            if (wanted("office")) {
                journeys.walkIn();
            }
            if (wanted("refusals")) {
                journeys.rejections();
            }
            if (only != null && only.contains("mio")) {
                MioJourneys mio = new MioJourneys(journeys);
                mio.cardThenReferral();
                mio.mangystauJobSeeker();
                mio.stateCorporationRegistration();
            }
            VariantJourneys variants = new VariantJourneys(journeys);
            for (VariantJourneys.Route r : variantRoutes(only)) {
                variants.run(r);
            }
        } catch (DemoException e) {
            System.out.println();
            System.out.println("FAILED: " + e.getMessage());
            return 1;
        }
        System.out.println();
        System.out.printf("Every journey went through in %d s.%n", Duration.between(start, Instant.now()).toSeconds());
        return 0;
    }

    /** The catalog's routes {@code --only} asks for: all with {@code variants}, else those of the variant codes named. */
    static List<VariantJourneys.Route> variantRoutes(List<String> only) {
        if (only == null) {
            return List.of();
        }
        return VariantJourneys.routes().stream()
                .filter(r -> only.contains("variants") || only.contains(r.variant())).toList();
    }

    private boolean wanted(String journey) {
        return only == null || only.isEmpty() || only.contains(journey);
    }
}
