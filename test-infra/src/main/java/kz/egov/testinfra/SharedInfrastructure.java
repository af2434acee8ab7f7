package kz.egov.testinfra;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
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

    private static SharedInfrastructure startEmbedded() {
        List<AutoCloseable> resources = new ArrayList<>();
        try {
            EmbeddedPostgres pg = EmbeddedPostgres.builder()
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    .setServerConfig("fsync", "off")
                    .setServerConfig("synchronous_commit", "off")
                    .setServerConfig("max_connections", "300")
                    .start();
            resources.add(pg);
            EmbeddedKafkaBroker kafka = startBroker();
            resources.add(kafka);
            String url = pg.getJdbcUrl("postgres", "postgres");
            return new SharedInfrastructure(kafka.bootstrapServers(), url, "postgres", "postgres", resources);
        } catch (java.io.IOException e) {
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

    /**
     * A fresh database on the shared server, for a test JVM that needs a database of its own (e.g. several services
     * in one JVM).
     */
    public String createDatabase(String name) {
        try (Connection c = DriverManager.getConnection(jdbcUrl, username, password); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            if (!"42P04".equals(e.getSQLState())) { // duplicate_database
                throw new IllegalStateException("cannot create database " + name, e);
            }
        }
        return jdbcUrl.replaceFirst("/[^/?]+(\\?|$)", "/" + name + "$1");
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }

    public String jdbcUrl() {
        return jdbcUrl;
    }

    public String username() {
        return username;
    }

    public String password() {
        return password;
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
