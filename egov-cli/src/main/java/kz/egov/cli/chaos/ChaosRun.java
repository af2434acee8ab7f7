package kz.egov.cli.chaos;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Supplier;

import kz.egov.cli.demo.DemoException;
import kz.egov.cli.demo.Target;
import kz.egov.cli.stack.RunningStack;
import kz.egov.cli.stack.StackFaults;
import kz.egov.reference.Population;

/**
 * A fault run against a stack this JVM started: citizens registered and their requests signed beforehand; then the
 * stream of submissions while the faults happen one after another and the officers take some requests through
 * registration; then the wait until the system has settled; then the reconciliation across all services.
 */
public final class ChaosRun {

    private static final Duration PATIENCE = Duration.ofMinutes(3);
    /** A case meets several faults while the officers work it (each restart waits for every service). */
    private static final Duration CASE_PATIENCE = Duration.ofMinutes(8);

    private final RunningStack stack;
    private final ChaosOptions options;
    private final Consumer<String> log;
    private final Target target;
    private final Politely politely = new Politely(PATIENCE);

    ChaosRun(RunningStack stack, ChaosOptions options, Consumer<String> log) {
        this.stack = stack;
        this.options = options;
        this.log = log;
        this.target = Target.of(stack.config(), stack.secrets());
    }

    /** For the end-to-end suite: a run with every fault, {@code requests} requests at {@code rate} per second. */
    public static ChaosReport run(RunningStack stack, int requests, double rate, int registrations,
            Consumer<String> log) {
        ChaosOptions o = new ChaosOptions(requests, rate, ChaosOptions.defaultCitizens(requests), registrations,
                Duration.ofSeconds(5), Duration.ofSeconds(5), Duration.ofMinutes(4), true);
        return new ChaosRun(stack, o, log).run();
    }

    ChaosReport run() {
        // exactly now: the services run on this machine's clock, and a request another client submitted just before
        // (the e2e suite's previous class) must not count as this run's
        Instant since = Instant.now();
        long t0 = System.nanoTime();
        log.accept("Preparing " + options.citizens() + " citizens and " + options.requests() + " signed requests...");
        List<Presigned> stream = prepareStream();
        CaseWorker worker = new CaseWorker(target, ChaosOptions.REGISTRATION_PROVIDER, politely, CASE_PATIENCE);
        List<Submitter.Outcome> outcomes = new ArrayList<>(prepareRegistrations(worker));
        log.accept(String.format("Prepared in %.1f s. Streaming %d requests at %.1f/s with %s...",
                (System.nanoTime() - t0) / 1e9, stream.size(), options.rate(),
                options.faults() ? "every fault" : "no faults"));

        long streamStart = System.nanoTime();
        Submitter submitter = new Submitter(politely, options.rate(), 4);
        StackFaults faults = new StackFaults(stack, Duration.ofMinutes(3));
        FaultSchedule schedule = new FaultSchedule(options.faults() ? Fault.all(options.brokerDown(),
                options.postgresDown()) : List.of(), faults, submitter::submitted, stream.size(), log);
        ExecutorService background = Executors.newFixedThreadPool(2);
        Future<?> faultRun = background.submit(schedule);
        List<String> registrationIds = outcomes.stream().filter(Submitter.Outcome::accepted)
                .map(Submitter.Outcome::requestId).toList();
        Future<List<CaseWorker.Worked>> cases = background.submit(() -> work(worker, registrationIds,
                submitter::submitted, stream.size()));
        List<Submitter.Outcome> streamed = submitter.run(stream, schedule);
        outcomes.addAll(streamed);
        double streamSeconds = (System.nanoTime() - streamStart) / 1e9;
        log.accept(String.format("Stream done in %.1f s (%d answered, %d calls retried)", streamSeconds,
                streamed.size(), politely.retries()));
        schedule.streamEnded();
        List<CaseWorker.Worked> worked = join(faultRun, cases);
        background.shutdownNow();

        log.accept("Waiting for the system to settle (outboxes drained, every request received or refused)...");
        long settleStart = System.nanoTime();
        Ledgers ledgers = settle(since);
        double settleSeconds = (System.nanoTime() - settleStart) / 1e9;
        Reconciliation r = new Reconciliation(outcomes, worked, ledgers);
        List<Check> checks = new ArrayList<>(r.checks());
        checks.add(faultsHappened(schedule.done()));
        Check healthy = new Check("every service ready again after the faults");
        healthy.examined(Ledgers.SERVICES.size());
        healthy.expect(faults.allReady(), "not every service answers ready");
        checks.add(healthy);
        return new ChaosReport(options, outcomes.size(), r.portalRequests(), r.cases(), r.rejectionsByReason(),
                worked.size(), r.repeatsAnsweredByRegistry(), politely.retries(), schedule.done(), ledgers, checks,
                streamSeconds, settleSeconds, (System.nanoTime() - t0) / 1e9);
    }

    /** About one citizen in twenty lives where no provider serves (Pavlodar): their requests are refused on the way. */
    private List<Presigned> prepareStream() {
        CitizenPool pool = new CitizenPool(target, CitizenPool::routed);
        int unrouted = Math.max(1, options.citizens() / 20);
        List<Citizen> citizens = new ArrayList<>(parallel(options.citizens() - unrouted, () -> pool.next(false)));
        CitizenPool pavlodar = new CitizenPool(target, Population.livingIn(CitizenPool.NO_ROUTE));
        for (int i = 0; i < unrouted; i++) {
            citizens.add(citizens.size() * (i + 1) / (unrouted + 1), pavlodar.next(false));
        }
        java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
        return parallel(options.requests(), () -> pool.presign(citizens.get(next.getAndIncrement() % citizens.size())));
    }

    /** Citizens of the registration provider's district without a card: their requests go in before the faults. */
    private List<Submitter.Outcome> prepareRegistrations(CaseWorker worker) {
        if (options.registrations() == 0) {
            return List.of();
        }
        worker.signIn();
        CitizenPool pool = new CitizenPool(target, Population.livingIn(ChaosOptions.REGISTRATION_DISTRICT));
        List<Presigned> presigned = new ArrayList<>();
        for (int i = 0; i < options.registrations(); i++) {
            presigned.add(pool.presign(pool.next(true)));
        }
        return new Submitter(politely, 50, 2).run(presigned);
    }

    /** Case {@code i} of {@code k} is taken up once {@code i / k} of the stream is answered, so they meet the faults. */
    private static List<CaseWorker.Worked> work(CaseWorker worker, List<String> ids, java.util.function.IntSupplier answered,
            int total) {
        List<CaseWorker.Worked> worked = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            int threshold = (int) ((long) total * i / ids.size());
            while (answered.getAsInt() < threshold) {
                Politely.sleep(200);
            }
            worked.add(worker.work(ids.get(i)));
        }
        return worked;
    }

    private Ledgers settle(Instant since) {
        long deadline = System.nanoTime() + options.settleTimeout().toNanos();
        int calm = 0;
        Ledgers l = Ledgers.read(target, politely, since);
        while (System.nanoTime() < deadline) {
            boolean quiet = l.outboxPending() == 0 && unsettled(l) == 0;
            calm = quiet ? calm + 1 : 0;
            if (calm >= 2) {
                return l;
            }
            Politely.sleep(1000);
            l = Ledgers.read(target, politely, since);
        }
        log.accept("  not settled after " + options.settleTimeout().toSeconds() + " s: " + l.outboxPending()
                + " messages pending, " + unsettled(l) + " requests neither received nor refused");
        return l;
    }

    private static long unsettled(Ledgers l) {
        long n = 0;
        for (var r : l.portal()) {
            if (!Reconciliation.rejected(r) && Reconciliation.text(r, "businessStatus").isEmpty()) {
                n++;
            }
        }
        return n;
    }

    private Check faultsHappened(List<FaultOutcome> done) {
        Check c = new Check("every fault happened and the stack recovered from it");
        int expected = options.faults() ? Fault.all(options.brokerDown(), options.postgresDown()).size() : 0;
        c.examined(done.size());
        c.expect(done.size() == expected, done.size() + " of " + expected + " faults happened");
        done.stream().filter(d -> d.failure() != null).forEach(d -> c.problem(d.name() + ": " + d.failure()));
        return c;
    }

    @SuppressWarnings("unchecked")
    private static List<CaseWorker.Worked> join(Future<?> faults, Future<List<CaseWorker.Worked>> cases) {
        try {
            faults.get();
            return cases.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DemoException("interrupted");
        } catch (java.util.concurrent.ExecutionException e) {
            throw new DemoException("a background task failed: " + e.getCause());
        }
    }

    private static <T> List<T> parallel(int n, Supplier<T> make) {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                futures.add(pool.submit(make::get));
            }
            List<T> all = Collections.synchronizedList(new ArrayList<>());
            for (Future<T> f : futures) {
                all.add(f.get());
            }
            return all;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DemoException("interrupted");
        } catch (java.util.concurrent.ExecutionException e) {
            throw new DemoException("preparing failed: " + e.getCause().getMessage());
        } finally {
            pool.shutdownNow();
        }
    }
}
