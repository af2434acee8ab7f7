package kz.egov.cli.chaos;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;

import kz.egov.cli.RepoRoot;
import kz.egov.cli.demo.DemoException;
import kz.egov.cli.stack.LocalStack;
import kz.egov.cli.stack.RunningStack;
import kz.egov.cli.stack.StackConfig;
import kz.egov.cli.stack.StackLayout;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code egov chaos}: starts a stack of its own (its own data directory, free ports), streams signed portal requests
 * at it while it kills each service with SIGKILL and restarts it, restarts the broker and PostgreSQL, then reconciles
 * across all services through their admin APIs and prints the report. Exit 0 when every check passed, 1 otherwise.
 */
@Command(name = "chaos", mixinStandardHelpOptions = true,
        description = {"Faults with nothing lost: a stream of signed portal requests while each service is killed",
            "(SIGKILL) and restarted, the Kafka broker and PostgreSQL restarted; then reconciliation across all",
            "services (exactly one provider per request, every status at its origin, registry effects once,",
            "outboxes drained, dead letters with reasons). Runs its own stack on free ports; exit 0 when all pass."})
public final class ChaosCommand implements Callable<Integer> {

    @Option(names = "--requests", paramLabel = "N", defaultValue = "1000", description = "requests to submit (default: ${DEFAULT-VALUE})")
    int requests;

    @Option(names = "--rate", paramLabel = "R", defaultValue = "10", description = "submissions per second (default: ${DEFAULT-VALUE})")
    double rate;

    @Option(names = "--citizens", paramLabel = "N", description = "citizens the requests come from (default: requests / 10, at least 10)")
    Integer citizens;

    @Option(names = "--registrations", paramLabel = "N", defaultValue = "10",
            description = "requests the officers of ec-4310 take through registration and signing under faults (default: ${DEFAULT-VALUE})")
    int registrations;

    @Option(names = "--data-dir", paramLabel = "DIR", description = "the run's stack data directory (default: <repo>/.egov-chaos; kept between runs, PKI reused)")
    Path dataDir;

    @Option(names = "--reset", description = "wipe the data directory first")
    boolean reset;

    @Option(names = "--no-faults", description = "the same run without any fault (a baseline)")
    boolean noFaults;

    @Option(names = "--broker-down", paramLabel = "SECONDS", defaultValue = "5", description = "how long the broker stays down (default: ${DEFAULT-VALUE})")
    int brokerDown;

    @Option(names = "--postgres-down", paramLabel = "SECONDS", defaultValue = "5", description = "how long PostgreSQL stays down (default: ${DEFAULT-VALUE})")
    int postgresDown;

    @Option(names = "--settle-timeout", paramLabel = "SECONDS", defaultValue = "300", description = "how long to wait for the system to settle (default: ${DEFAULT-VALUE})")
    int settleTimeout;

    @Override
    public Integer call() {
        PrintStream out = System.out;
        StackLayout layout = StackLayout.of(RepoRoot.locate());
        layout = layout.withDataDir(dataDir != null ? dataDir : layout.repoRoot().resolve(".egov-chaos"));
        if (reset) {
            LocalStack.reset(layout);
        }
        ChaosOptions options = new ChaosOptions(requests, rate, citizens == null ? ChaosOptions.defaultCitizens(requests)
                : citizens, registrations, Duration.ofSeconds(brokerDown), Duration.ofSeconds(postgresDown),
                Duration.ofSeconds(settleTimeout), !noFaults);
        StackConfig config = StackConfig.defaults(layout).withFreePorts().withReadyTimeout(Duration.ofMinutes(4));
        out.println("egov chaos: starting a stack of its own in " + StackLayout.display(layout.dataDir())
                + " on free ports...");
        try (RunningStack stack = LocalStack.start(config, out).stopOnExit()) {
            ChaosReport report = new ChaosRun(stack, options, out::println).run();
            report.print(out);
            return report.passed() ? 0 : 1;
        } catch (DemoException e) {
            out.println("FAILED: " + e.getMessage());
            return 1;
        }
    }
}
