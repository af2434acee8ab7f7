package kz.egov.cli.stack;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The environment of each service process: the ONE place that decides what a service is told about its
 * surroundings. docker-compose.yml must set the same keys (checked by {@code DockerComposeConsistencyTest}), so a key
 * added here must be added there too. Later keys (paths to PKI files, ...) go into {@link #common} or
 * {@link #specific}.
 */
public final class ServiceEnvironment {

    public static final String HTTP_HOST = "EGOV_HTTP_HOST";
    public static final String HTTP_PORT = "QUARKUS_HTTP_PORT";
    public static final String JDBC_URL = "EGOV_JDBC_URL";
    public static final String DB_USER = "EGOV_DB_USER";
    public static final String DB_PASSWORD = "EGOV_DB_PASSWORD";
    public static final String KAFKA = "EGOV_KAFKA";
    public static final String LOG_JSON = "EGOV_LOG_JSON";

    private ServiceEnvironment() {
    }

    public static Map<String, String> of(StackConfig config, ServiceDefinition service) {
        Map<String, String> env = new LinkedHashMap<>();
        common(config, service, env);
        specific(config, service, env);
        return env;
    }

    /** What every service gets. */
    private static void common(StackConfig config, ServiceDefinition service, Map<String, String> env) {
        env.put(HTTP_HOST, config.host());
        env.put(HTTP_PORT, Integer.toString(service.port()));
        env.put(JDBC_URL, config.jdbcUrl(service.database()));
        env.put(DB_USER, config.dbUser());
        env.put(DB_PASSWORD, config.dbPassword());
        env.put(KAFKA, config.kafkaBootstrap());
        env.put(LOG_JSON, "false");
    }

    /** What only one service gets (none yet). */
    private static void specific(StackConfig config, ServiceDefinition service, Map<String, String> env) {
        switch (service.name()) {
            default -> {
                // e.g. case "gateway-router" -> env.put("EGOV_...", ...);
            }
        }
    }
}
