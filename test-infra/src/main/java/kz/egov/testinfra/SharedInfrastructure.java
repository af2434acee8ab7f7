package kz.egov.testinfra;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * One real Kafka broker and one real PostgreSQL per test JVM, started on first use and stopped when the JVM exits.
 *
 * <p>Mode by system property {@code egov.test.infra}: {@code auto} (default: PostgreSQL in Testcontainers when a
 * Docker engine answers, else embedded), {@code embedded} (zonky PostgreSQL), {@code external} (use
 * {@code egov.test.kafka} and {@code egov.test.jdbc-url} as given; that broker must trust the test PKI's Kafka
 * certificates). The broker is otherwise always the in-process KRaft one, on TLS with client certificates and ACLs
 * ({@link EmbeddedKafkaBroker}): every client of it, the services' and the tests' own, authenticates with a
 * certificate of {@link KafkaTls} ({@link #kafkaClient}).
 */
public final class SharedInfrastructure {

    private static SharedInfrastructure instance;

    private final String bootstrapServers;
    private final String jdbcUrl;
    private final String username;
    private final String password;
    private final List<AutoCloseable> resources;
    private final Map<String, Database> databases = new HashMap<>();

    private SharedInfrastructure(String bootstrapServers, String jdbcUrl, String username, String password,
            List<AutoCloseable> resources) {
        this.bootstrapServers = bootstrapServers;
        this.jdbcUrl = jdbcUrl;
        this.username = username;
        this.password = password;
        this.resources = resources;
    }

    public static synchronized SharedInfrastructure get() {
        if (instance == null) {
            instance = start();
            Runtime.getRuntime().addShutdownHook(new Thread(instance::close, "egov-test-infra-stop"));
        }
        return instance;
    }

    private static SharedInfrastructure start() {
        String mode = System.getProperty("egov.test.infra", "auto");
        long t0 = System.nanoTime();
        SharedInfrastructure infra = switch (mode) {
            case "external" -> new SharedInfrastructure(System.getProperty("egov.test.kafka"),
                    System.getProperty("egov.test.jdbc-url"), System.getProperty("egov.test.db-user", "postgres"),
                    System.getProperty("egov.test.db-password", "postgres"), List.of());
            case "embedded" -> startEmbedded();
            default -> dockerAvailable() ? startContainers() : startEmbedded();
        };
        System.out.printf("[egov-test-infra] %s: kafka %s, postgres %s, ready in %d ms%n", mode, infra.bootstrapServers,
                infra.jdbcUrl, (System.nanoTime() - t0) / 1_000_000);
        return infra;
    }

    private static boolean dockerAvailable() {
        if (!new java.io.File("/var/run/docker.sock").exists() && System.getenv("DOCKER_HOST") == null) {
            return false;
        }
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException e) {
            return false;
        }
    }

    /**
     * zonky's PostgreSQL, locked down as every stack runs it ({@link PostgresRoles#requirePasswords}): no trust, the
     * superuser with a password of this JVM, a role per service ({@link #serviceDatabase}).
     */
    private static SharedInfrastructure startEmbedded() {
        List<AutoCloseable> resources = new ArrayList<>();
        String superuserPassword = "su-" + java.util.UUID.randomUUID();
        try {
            EmbeddedPostgres pg = EmbeddedPostgres.builder()
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    .setServerConfig("fsync", "off")
                    .setServerConfig("synchronous_commit", "off")
                    .setServerConfig("max_connections", "300")
                    .setConnectConfig("password", superuserPassword)
                    .start();
            resources.add(pg);
            try (Connection c = pg.getPostgresDatabase().getConnection()) {
                PostgresRoles.requirePasswords(c, superuserPassword);
            }
            EmbeddedKafkaBroker kafka = startBroker();
            resources.add(kafka);
            String url = PostgresRoles.urlOf(pg.getJdbcUrl("postgres", "postgres"), "postgres");
            return new SharedInfrastructure(kafka.bootstrapServers(), url, "postgres", superuserPassword, resources);
        } catch (java.io.IOException | SQLException e) {
            throw new IllegalStateException("cannot start embedded PostgreSQL", e);
        }
    }

    @SuppressWarnings("resource")
    private static SharedInfrastructure startContainers() {
        PostgreSQLContainer pg = new PostgreSQLContainer("postgres:16-alpine");
        pg.start();
        EmbeddedKafkaBroker kafka = startBroker();
        return new SharedInfrastructure(kafka.bootstrapServers(), pg.getJdbcUrl(), pg.getUsername(),
                pg.getPassword(), List.of(kafka, pg));
    }

    private static EmbeddedKafkaBroker startBroker() {
        return EmbeddedKafkaBroker.start(Integer.getInteger("egov.test.partitions", 2), TestPki.get().pki().kafka());
    }

    /**
     * A Kafka client's configuration (brokers and TLS) as {@code principal}: a deployment's id (what that service's
     * certificate may do) or {@link KafkaTls#OPERATOR} (the operators' super-user, for a test's own probes).
     */
    public Map<String, Object> kafkaClient(String principal) {
        Map<String, Object> config = new HashMap<>(TestPki.get().pki().kafka().clientSecurity(principal));
        config.put("bootstrap.servers", bootstrapServers);
        return config;
    }

    /** A service's database on the shared server, and the login role that owns it and may connect to it alone. */
    public record Database(String url, String user, String password) {

        @Override
        public String toString() {
            return "Database[" + url + ", user " + user + ", password hidden]";
        }
    }

    /**
     * The database {@code name} (a service's, e.g. {@code gateway_router}) with a login role of its own, made on first
     * use ({@link PostgresRoles#serviceDatabase}); the superuser stays with the infrastructure.
     */
    public synchronized Database serviceDatabase(String name) {
        return databases.computeIfAbsent(name, n -> {
            String rolePassword = "db-" + java.util.UUID.randomUUID();
            try {
                PostgresRoles.serviceDatabase(jdbcUrl, username, password, n, rolePassword);
            } catch (SQLException e) {
                throw new IllegalStateException("cannot make the database " + n + " and its role", e);
            }
            return new Database(PostgresRoles.urlOf(jdbcUrl, n), PostgresRoles.roleOf(n), rolePassword);
        });
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }

    /** The superuser's URL (the {@code postgres} database), for a test of the server's own rules. */
    public String jdbcUrl() {
        return jdbcUrl;
    }

    private void close() {
        List<AutoCloseable> reversed = new ArrayList<>(resources);
        Collections.reverse(reversed);
        for (AutoCloseable r : reversed) {
            try {
                r.close();
            } catch (Exception ignored) {
                // the JVM is exiting
            }
        }
    }
}
