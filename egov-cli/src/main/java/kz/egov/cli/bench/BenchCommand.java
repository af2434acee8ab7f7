package kz.egov.cli.bench;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;

import com.fasterxml.jackson.databind.JsonNode;

import kz.egov.cli.RepoRoot;
import kz.egov.cli.demo.Api;
import kz.egov.cli.demo.Target;
import kz.egov.cli.stack.LocalStack;
import kz.egov.cli.stack.RunningStack;
import kz.egov.cli.stack.StackConfig;
import kz.egov.cli.stack.StackLayout;
import kz.egov.cli.stack.StackSecrets;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code egov bench}: the whole path under load. Pre-signed job-seeker applications (a pool of ГБД ФЛ citizens, keys
 * issued once) are submitted at the portal, after the warm-up first at full speed, then paced at a fixed rate; for
 * each the bench reads when ИС МИО registered it and when «поступившие» reached the personal cabinet; it counts the cryptography every
 * service did and measures what that alone would allow on all cores. Figures go to {@code target/bench/results.json}
 * and {@code results.md}.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Load benchmark of the whole path: portal → ШЭП → ИС МИО and «поступившие» back to the cabinet.",
            "Starts a stack of its own (free ports, data in target/bench/stack) unless one runs there already.",
            "Writes target/bench/results.json and target/bench/results.md."})
public final class BenchCommand implements Callable<Integer> {

    @Option(names = "--requests", defaultValue = "2000", description = "requests at full speed (default: ${DEFAULT-VALUE})")
    int requests;

    @Option(names = "--rate", defaultValue = "100", description = "paced rate, requests/s (default: ${DEFAULT-VALUE})")
    double rate;

    @Option(names = "--paced-requests", defaultValue = "1000",
            description = "requests sent at the paced rate (default: ${DEFAULT-VALUE}; 0 skips the paced run)")
    int pacedRequests;

    @Option(names = "--warm-up", defaultValue = "40000",
            description = "at most this many requests sent first at full speed, not measured, in rounds until the "
                    + "services' JIT compilers have settled (default: ${DEFAULT-VALUE})")
    int warmUp;

    @Option(names = "--warm-up-round", defaultValue = "5000",
            description = "requests per warm-up round (default: ${DEFAULT-VALUE})")
    int warmUpRound;

    @Option(names = "--settled-jit", paramLabel = "MS", defaultValue = "0.5",
            description = "the warm-up ends after a round in which the JIT compilers of all services spent at most "
                    + "this much CPU per request (default: ${DEFAULT-VALUE} ms)")
    double settledJit;

    @Option(names = "--paced-warm-up", defaultValue = "2000",
            description = "requests sent at the paced rate before the paced run, not measured: code that only small "
                    + "batches run (one produce request per message, ...) is compiled first, as in a service that has been "
                    + "running at that rate (default: ${DEFAULT-VALUE})")
    int pacedWarmUp;

    @Option(names = "--citizens", defaultValue = "100", description = "size of the citizen pool (default: ${DEFAULT-VALUE})")
    int citizens;

    @Option(names = "--clients", defaultValue = "32", description = "concurrent clients at full speed (default: ${DEFAULT-VALUE})")
    int clients;

    @Option(names = "--data-dir", paramLabel = "DIR", description = "the bench stack's data directory (default: <repo>/target/bench/stack)")
    Path dataDir;

    @Option(names = "--fresh", description = "wipe the bench stack's data directory first")
    boolean fresh;

    @Option(names = "--keep", description = "leave the stack running afterwards")
    boolean keep;

    @Override
    public Integer call() throws Exception {
        PrintStream out = System.out;
        Path root = RepoRoot.locate();
        Path benchDir = root.resolve("target/bench");
        StackLayout layout = StackLayout.of(root).withDataDir(dataDir != null ? dataDir : benchDir.resolve("stack"));
        if (fresh) {
            LocalStack.reset(layout);
        }
        RunningStack started = null;
        StackConfig config;
        if (LocalStack.status(layout).anyRunning()) {
            config = LocalStack.configOfRunningStack(StackConfig.defaults(layout));
            out.println("using the stack running in " + layout.dataDir());
        } else {
            started = LocalStack.start(StackConfig.defaults(layout).withFreePorts()
                    .withReadyTimeout(Duration.ofMinutes(5)), out);
            config = started.config();
        }
        try {
            StackSecrets secrets = StackSecrets.load(layout.secretsFile()).orElseThrow();
            BenchResult result = run(Target.of(config, secrets), config, layout, out);
            result.write(benchDir, out);
            return 0;
        } finally {
            if (started != null && !keep) {
                started.close();
            }
        }
    }

    private BenchResult run(Target target, StackConfig config, StackLayout layout, PrintStream out) {
        List<CitizenPool.Citizen> pool = CitizenPool.open(target, citizens, layout.dataDir().resolve("bench-citizens"), out);
        JsonNode service = Api.anonymous(target.portal()).get("/api/services/" + PreparedRequest.SERVICE).expect(200).body();
        int pacedWarm = pacedRequests > 0 ? pacedWarmUp : 0;
        int total = requests + pacedWarm + pacedRequests;
        long t0 = System.nanoTime();
        List<PreparedRequest> prepared = PreparedRequest.prepare(pool, service, total, 4);
        out.printf("prepared %d drafts signed by %d citizens in %.1f s (not measured; the warm-up's are made round by "
                + "round)%n", total, pool.size(), (System.nanoTime() - t0) / 1e9);

        // each service's metrics, on its management port
        Map<String, String> named = new LinkedHashMap<>();
        config.services().forEach(s -> named.put(s.name(), config.managementUrl(s)));
        List<String> services = List.copyOf(named.values());
        StringBuilder hops = new StringBuilder();
        int cores = Runtime.getRuntime().availableProcessors();
        List<String> components = List.copyOf(named.keySet());

        WarmUp.Result warm = WarmUp.run(WarmUp.atFullSpeed(n -> PreparedRequest.prepare(pool, service, n, 4), clients,
                layout, components, out), warmUp, warmUpRound, settledJit);
        out.println("warm-up: " + warm.describe());
        // full speed first, then the paced run: both measure JVMs past their warm-up, the paced one the warmest
        CryptoWork.Counts before = CryptoWork.settled(services);
        Measured full = Measured.run("full speed", prepared.subList(0, requests), 0, clients, out,
                layout, components, named);
        CryptoWork.Counts work = CryptoWork.settled(services).minus(before);
        hops.append(full.hops()).append(full.cpu());
        Phase paced = null;
        if (pacedRequests > 0) {
            String title = String.format(java.util.Locale.ROOT, "paced, %.0f/s", rate);
            if (pacedWarm > 0) {
                out.println(Phase.run(title + " warm-up", prepared.subList(requests, requests + pacedWarm),
                        rate, clients, out).summary());
            }
            Measured measured = Measured.run(title, prepared.subList(requests + pacedWarm, total), rate, clients, out,
                    layout, components, named);
            CryptoWork.settled(services);
            paced = measured.phase();
            hops.append(measured.hops()).append(measured.cpu());
        }
        CryptoWork.UnitRates units = CryptoWork.measure(target, config.ocspUrl(), 4000, 8000);
        return new BenchResult(warm, full.phase(), paced, work, units, cores, hops.toString(), full.cpuMillisPerRequest());
    }

    /** One measured phase with where its time went: the services' hop timers and the CPU per request by component. */
    private record Measured(Phase phase, String hops, String cpu, Map<String, Double> cpuMillisPerRequest) {

        static Measured run(String title, List<PreparedRequest> requests, double rate, int clients, PrintStream out,
                StackLayout layout, List<String> components, Map<String, String> named) {
            HopTimes.Snapshot start = HopTimes.scrape(named);
            CpuUse.Snapshot cpuStart = CpuUse.take(layout, components);
            AtomicReference<CpuUse.Snapshot> cpuEnd = new AtomicReference<>();
            Phase phase = Phase.run(title, requests, rate, clients, out, () -> cpuEnd.set(CpuUse.take(layout, components)));
            out.println(phase.summary());
            int cores = Runtime.getRuntime().availableProcessors();
            return new Measured(phase, HopTimes.table(title, start, HopTimes.scrape(named)),
                    CpuUse.table(title, cpuStart, cpuEnd.get(), requests.size(), cores),
                    CpuUse.perRequest(cpuStart, cpuEnd.get(), requests.size()));
        }
    }
}
