package kz.egov.cli.stack;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The environment of each service process: the ONE place that decides what a service is told about its
 * surroundings. docker-compose.yml must set the same keys (checked by {@code DockerComposeConsistencyTest}), so a key
 * added here must be added there too. Keys go into {@link #common} or {@link #specific}. The secrets come from
 * {@link StackSecrets} ({@code <data dir>/secrets.properties}), never from the run configuration, and each service
 * gets its own only: its key password, its admin password, its database role's password.
 */
public final class ServiceEnvironment {

    public static final String HTTP_HOST = "EGOV_HTTP_HOST";
    public static final String HTTP_PORT = "QUARKUS_HTTP_PORT";
    /** Where the management interface (health, metrics, OpenAPI, Swagger UI) listens: loopback unless told. */
    public static final String MANAGEMENT_HOST = "EGOV_MANAGEMENT_HOST";
    public static final String MANAGEMENT_PORT = "QUARKUS_MANAGEMENT_PORT";
    public static final String JDBC_URL = "EGOV_JDBC_URL";
    public static final String DB_USER = "EGOV_DB_USER";
    public static final String DB_PASSWORD = "EGOV_DB_PASSWORD";
    public static final String KAFKA = "EGOV_KAFKA";
    /** The service's own broker certificate ({@code <pki>/deployments/<service>/kafka.p12}), nobody else's. */
    public static final String KAFKA_KEYSTORE = "EGOV_KAFKA_KEYSTORE";
    /** The broker's trust anchor (the development НУЦ's RSA root, PEM). */
    public static final String KAFKA_TRUSTSTORE = "EGOV_KAFKA_TRUSTSTORE";
    public static final String LOG_JSON = "EGOV_LOG_JSON";
    public static final String PKI_TRUST_DIR = "EGOV_PKI_TRUST_DIR";
    public static final String PKI_KEYS_DIR = "EGOV_PKI_KEYS_DIR";
    /** The password of the service's own keys (its system keys and broker certificate). */
    public static final String KEY_PASSWORD = StackSecrets.KEY_PASSWORD;
    public static final String OCSP_URL = "EGOV_OCSP_URL";
    public static final String ADMIN_PASSWORD = StackSecrets.ADMIN_PASSWORD;
    public static final String GATEWAY_URL = "EGOV_GATEWAY_URL";
    /** mio-workstation: the seeded officers' initial password (no officers are seeded without it). */
    public static final String MIO_SEED_OFFICER_PASSWORD = StackSecrets.MIO_SEED_OFFICER_PASSWORD;
    /** citizens-corp-adapter: the seeded operators' initial password (unset: EDS sign-in only). */
    public static final String CORP_SEED_OPERATOR_PASSWORD = StackSecrets.CORP_SEED_OPERATOR_PASSWORD;

    /** The keys whose values are secrets (never printed, never in run/stack.properties). */
    public static final List<String> SECRET_KEYS = List.of(KEY_PASSWORD, ADMIN_PASSWORD, DB_PASSWORD,
            MIO_SEED_OFFICER_PASSWORD, CORP_SEED_OPERATOR_PASSWORD);

    private ServiceEnvironment() {
    }

    public static Map<String, String> of(StackConfig config, StackSecrets secrets, ServiceDefinition service) {
        Map<String, String> env = new LinkedHashMap<>();
        common(config, secrets, service, env);
        specific(config, secrets, service, env);
        return env;
    }

    /** What every service gets. */
    private static void common(StackConfig config, StackSecrets secrets, ServiceDefinition service,
            Map<String, String> env) {
        env.put(HTTP_HOST, config.host());
        env.put(HTTP_PORT, Integer.toString(service.port()));
        env.put(MANAGEMENT_HOST, config.host());
        env.put(MANAGEMENT_PORT, Integer.toString(service.managementPort()));
        env.put(JDBC_URL, config.jdbcUrl(service.database()));
        env.put(DB_USER, kz.egov.testinfra.PostgresRoles.roleOf(service.database()));
        env.put(DB_PASSWORD, secrets.dbPassword(service.name()));
        env.put(KAFKA, config.kafkaBootstrap());
        env.put(LOG_JSON, "false");
        StackLayout layout = config.layout();
        env.put(KAFKA_KEYSTORE, layout.deploymentKafkaKeyStore(service.name()).toString());
        env.put(KAFKA_TRUSTSTORE, layout.trustDir().resolve(kz.egov.testinfra.StackPki.KAFKA_TRUST_FILE).toString());
        env.put(PKI_TRUST_DIR, layout.trustDir().toString());
        env.put(PKI_KEYS_DIR, layout.deploymentKeysDir(service.name()).toString());
        env.put(KEY_PASSWORD, secrets.keyPassword(service.name()));
        env.put(OCSP_URL, config.ocspUrl());
        env.put(ADMIN_PASSWORD, secrets.adminPassword(service.name()));
        env.put(GATEWAY_URL, config.gatewayUrl());
    }

    /** What only one service gets. */
    private static void specific(StackConfig config, StackSecrets secrets, ServiceDefinition service,
            Map<String, String> env) {
        switch (service.name()) {
            case "mio-workstation" -> env.put(MIO_SEED_OFFICER_PASSWORD, secrets.officerPassword());
            case "citizens-corp-adapter" -> env.put(CORP_SEED_OPERATOR_PASSWORD, secrets.operatorPassword());
            default -> {
                // nothing else
            }
        }
    }
}
