package kz.egov.cli.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

/**
 * Real faults on a stack this JVM started ({@code egov chaos}, the end-to-end fault test): a service killed with
 * SIGKILL and started again, the Kafka broker stopped or crashed (SIGKILL) and started again, PostgreSQL stopped (fast shutdown: every
 * connection cut) and started again, PostgreSQL crashed (SIGKILL to all its processes) and recovered. Each call returns once the component and every service answer ready again, and
 * tells how long that took. A killed service's log is kept as {@code logs/<service>.killed-<n>.log}.
 */
public final class StackFaults {

    private static final Duration BROKER_GRACE = Duration.ofSeconds(30);

    private final RunningStack stack;
    private final Duration recoveryTimeout;
    private int kills;

    public StackFaults(RunningStack stack, Duration recoveryTimeout) {
        this.stack = stack;
        this.recoveryTimeout = recoveryTimeout;
    }

    /** SIGKILL to the service's JVM (no shutdown hook runs), then starts it again and waits until all are ready. */
    public synchronized Duration killAndRestart(String service) {
        long t0 = System.nanoTime();
        ChildProcess victim = stack.services().stream().filter(s -> s.name().equals(service)).findFirst()
                .orElseThrow(() -> new StackException("no running service " + service));
        Processes.signal(victim.pid(), "KILL");
        if (!Processes.awaitExit(victim.process().toHandle(), Duration.ofSeconds(10))) {
            throw new StackException(service + " (pid " + victim.pid() + ") survived SIGKILL");
        }
        keepLog(victim);
        StackConfig config = stack.config();
        stack.replaceService(LocalStack.startService(config, stack.secrets(), config.service(service)));
        awaitAllReady("after restarting " + service);
        return Duration.ofNanos(System.nanoTime() - t0);
    }

    /** Stops the broker (SIGTERM, controlled shutdown), keeps it down for {@code down}, starts it again. */
    public synchronized Duration restartBroker(Duration down) {
        long t0 = System.nanoTime();
        ChildProcess broker = stack.kafka().orElseThrow(() -> new StackException("no broker"));
        broker.stop(BROKER_GRACE);
        pause(down);
        startBrokerAgain("after restarting the broker");
        return Duration.ofNanos(System.nanoTime() - t0);
    }

    /**
     * Crashes the broker (SIGKILL: no controlled shutdown, its logs recovered on the next start), keeps it down for
     * {@code down}, starts it again.
     */
    public synchronized Duration crashBroker(Duration down) {
        long t0 = System.nanoTime();
        ChildProcess broker = stack.kafka().orElseThrow(() -> new StackException("no broker"));
        Processes.signal(broker.pid(), "KILL");
        if (!Processes.awaitExit(broker.process().toHandle(), Duration.ofSeconds(10))) {
            throw new StackException("the broker (pid " + broker.pid() + ") survived SIGKILL");
        }
        keepLog(broker);
        pause(down);
        startBrokerAgain("after the broker's crash");
        return Duration.ofNanos(System.nanoTime() - t0);
    }

    private void startBrokerAgain(String when) {
        StackConfig config = stack.config();
        stack.kafka(LocalStack.startBroker(config, stack.secrets()));
        long deadline = System.nanoTime() + recoveryTimeout.toNanos();
        while (!HealthProbe.listening(config.host(), config.kafkaPort())) {
            failIfPast(deadline, "the broker does not listen on " + config.kafkaBootstrap());
            pause(Duration.ofMillis(200));
        }
        awaitAllReady(when);
    }

    /** Stops PostgreSQL (fast shutdown: open transactions roll back, connections are cut), keeps it down, starts it. */
    public synchronized Duration restartPostgres(Duration down) {
        long t0 = System.nanoTime();
        PostgresServer server = stack.postgresServer().orElseThrow(() -> new StackException("no PostgreSQL"));
        server.close();
        PostgresServer.stopByPidFile(stack.config().layout(), BROKER_GRACE);
        pause(down);
        stack.postgres(PostgresServer.start(stack.config(), stack.secrets()));
        awaitAllReady("after restarting PostgreSQL");
        return Duration.ofNanos(System.nanoTime() - t0);
    }

    /**
     * Crashes PostgreSQL (SIGKILL to all its processes: what was committed must survive, what was in flight rolls
     * back), keeps it down, starts it again: it recovers from its WAL.
     */
    public synchronized Duration crashPostgres(Duration down) {
        long t0 = System.nanoTime();
        PostgresServer server = stack.postgresServer().orElseThrow(() -> new StackException("no PostgreSQL"));
        PostgresServer.crash(stack.config().layout());
        server.close(); // releases the data directory's lock; its pg_ctl stop finds no server
        pause(down);
        stack.postgres(PostgresServer.start(stack.config(), stack.secrets()));
        awaitAllReady("after PostgreSQL's crash recovery");
        return Duration.ofNanos(System.nanoTime() - t0);
    }

    /** Whether every service answers ready now. */
    public boolean allReady() {
        StackConfig config = stack.config();
        return config.services().stream()
                .allMatch(s -> HealthProbe.ready(config.managementUrl(s)) == HealthProbe.Health.READY);
    }

    private void awaitAllReady(String when) {
        long deadline = System.nanoTime() + recoveryTimeout.toNanos();
        while (!allReady()) {
            for (ChildProcess p : stack.exited()) {
                throw new StackException(p.name() + " exited with " + p.process().exitValue() + " " + when
                        + "; last lines of " + p.log() + ":" + System.lineSeparator() + p.logTail(30));
            }
            failIfPast(deadline, "not every service is ready " + recoveryTimeout.toSeconds() + " s " + when);
            pause(Duration.ofMillis(250));
        }
    }

    private void keepLog(ChildProcess victim) {
        try {
            Files.copy(victim.log(), victim.log().resolveSibling(victim.name() + ".killed-" + (++kills) + ".log"),
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            // the log is for diagnosis only
        }
    }

    private static void failIfPast(long deadline, String what) {
        if (System.nanoTime() > deadline) {
            throw new StackException(what);
        }
    }

    private static void pause(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StackException("interrupted");
        }
    }
}
