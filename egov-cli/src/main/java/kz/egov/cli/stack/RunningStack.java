package kz.egov.cli.stack;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A stack started by this JVM. {@link #close()} stops it in order: the services (SIGTERM, all at once), then the
 * development НУЦ, then the broker, then PostgreSQL. Not closing it (e.g. {@code egov up --detach}) leaves it running for {@code egov down}.
 * Obtained from {@link LocalStack#start} (started and ready) or {@link LocalStack#prepare} then
 * {@link LocalStack#launch} (to register a shutdown hook before anything starts).
 */
public final class RunningStack implements AutoCloseable {

    private static final Duration SERVICE_GRACE = Duration.ofSeconds(20);
    private static final Duration BROKER_GRACE = Duration.ofSeconds(30);

    private final StackConfig config;
    private final StackSecrets secrets;
    private final PrintStream out;
    private final List<ChildProcess> services = Collections.synchronizedList(new ArrayList<>());
    private final AtomicBoolean closed = new AtomicBoolean();
    private volatile PostgresServer postgres;
    private volatile ChildProcess kafka;
    private volatile ChildProcess nuc;
    private volatile Duration startupTime = Duration.ZERO;

    RunningStack(StackConfig config, StackSecrets secrets, PrintStream out) {
        this.config = config;
        this.secrets = secrets;
        this.out = out;
    }

    synchronized void postgres(PostgresServer server) {
        if (closed.get()) {
            server.close();
            throw new StackException("stopping");
        }
        this.postgres = server;
    }

    synchronized void kafka(ChildProcess broker) {
        stopIfClosed(broker);
        this.kafka = broker;
    }

    synchronized void nuc(ChildProcess server) {
        stopIfClosed(server);
        this.nuc = server;
    }

    synchronized void addService(ChildProcess service) {
        stopIfClosed(service);
        services.add(service);
    }

    /** A service started again (after a fault) takes the place of its previous process. */
    synchronized void replaceService(ChildProcess service) {
        stopIfClosed(service);
        services.removeIf(s -> s.name().equals(service.name()));
        services.add(service);
    }

    /** The PostgreSQL server this stack started (empty before it started). */
    Optional<PostgresServer> postgresServer() {
        return Optional.ofNullable(postgres);
    }

    private void stopIfClosed(ChildProcess p) {
        if (closed.get()) {
            p.stop(SERVICE_GRACE);
            throw new StackException("stopping");
        }
    }

    public boolean isClosed() {
        return closed.get();
    }

    void startupTime(Duration d) {
        this.startupTime = d;
    }

    PrintStream out() {
        return out;
    }

    public StackConfig config() {
        return config;
    }

    /** The generated passwords ({@code <data dir>/secrets.properties}), e.g. the admin password for tests. */
    public StackSecrets secrets() {
        return secrets;
    }

    /** The development НУЦ's OCSP URL. */
    public String ocspUrl() {
        return config.ocspUrl();
    }

    /** From the start of {@link LocalStack#start} to every service ready. */
    public Duration startupTime() {
        return startupTime;
    }

    public List<ChildProcess> services() {
        return List.copyOf(services);
    }

    public Optional<ChildProcess> kafka() {
        return Optional.ofNullable(kafka);
    }

    public Optional<ChildProcess> nuc() {
        return Optional.ofNullable(nuc);
    }

    /** Every child process started so far: the services, the НУЦ, the broker (PostgreSQL is not a child). */
    public List<ChildProcess> children() {
        List<ChildProcess> all = new ArrayList<>(services());
        nuc().ifPresent(all::add);
        kafka().ifPresent(all::add);
        return all;
    }

    public String baseUrl(String service) {
        return config.baseUrl(config.service(service));
    }

    /** The service's management interface: {@code /q/health}, {@code /q/metrics}, {@code /q/openapi}, Swagger UI. */
    public String managementUrl(String service) {
        return config.managementUrl(config.service(service));
    }

    public String kafkaBootstrap() {
        return config.kafkaBootstrap();
    }

    public String jdbcUrl(String service) {
        return config.jdbcUrl(config.service(service).database());
    }

    /** Also stops the stack when this JVM exits (e.g. an end-to-end test JVM killed before its cleanup). */
    public RunningStack stopOnExit() {
        Runtime.getRuntime().addShutdownHook(new Thread(this::close, "egov-stack-stop"));
        return this;
    }

    /** The child processes that have ended although nobody asked them to. */
    public List<ChildProcess> exited() {
        return children().stream().filter(p -> !p.isAlive()).toList();
    }

    /** Stops everything this stack started; safe to call more than once and while it is still starting. */
    @Override
    public void close() {
        List<ChildProcess> svc;
        synchronized (this) {
            if (!closed.compareAndSet(false, true)) {
                return;
            }
            svc = services();
        }
        if (!svc.isEmpty()) {
            out.println("Stopping services...");
            svc.forEach(s -> s.process().destroy());
            svc.forEach(s -> s.stop(SERVICE_GRACE));
        }
        if (nuc != null) {
            out.println("Stopping the development НУЦ...");
            nuc.stop(SERVICE_GRACE);
        }
        if (kafka != null) {
            out.println("Stopping Kafka...");
            kafka.stop(BROKER_GRACE);
        }
        if (postgres != null) {
            out.println("Stopping PostgreSQL...");
            try {
                postgres.close();
            } catch (RuntimeException e) {
                out.println("pg_ctl stop failed (" + e.getMessage() + "); signalling the postmaster");
            }
            PostgresServer.stopByPidFile(config.layout(), BROKER_GRACE);
        }
        PidFiles.delete(config.layout().runConfigFile());
        out.println("Stopped.");
    }
}
