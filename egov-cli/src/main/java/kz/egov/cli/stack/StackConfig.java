package kz.egov.cli.stack;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Properties;

import kz.egov.testinfra.FreePorts;

/**
 * The configuration of the local stack. Every value has a default ({@link #defaults}); a properties file and the
 * command's options override it under the keys below, and the running stack writes its effective configuration to
 * {@code run/stack.properties} under the same keys.
 *
 * <pre>
 * postgres.port=55432          kafka.port=59092          kafka.controller-port=59093     kafka.partitions=2
 * nuc.port=8090 (the development НУЦ: OCSP + CRLs)
 * db.user=postgres (the superuser, for setting up; its password is a secret)   ready-timeout=120 (seconds)
 * &lt;service&gt;.port=8081...      &lt;service&gt;.management-port=9081... (health, metrics, OpenAPI, Swagger UI)
 * service.jvm-options=-Xmx256m -XX:+UseSerialGC   kafka.jvm-options=-Xmx384m
 * </pre>
 */
public record StackConfig(
        StackLayout layout,
        String host,
        int postgresPort,
        int kafkaPort,
        int kafkaControllerPort,
        int kafkaPartitions,
        int nucPort,
        String dbUser,
        List<ServiceDefinition> services,
        Duration readyTimeout,
        List<String> serviceJvmOptions,
        List<String> kafkaJvmOptions) {

    public static final String POSTGRES_PORT = "postgres.port";
    public static final String KAFKA_PORT = "kafka.port";
    public static final String KAFKA_CONTROLLER_PORT = "kafka.controller-port";
    public static final String KAFKA_PARTITIONS = "kafka.partitions";
    public static final String NUC_PORT = "nuc.port";
    public static final String DB_USER = "db.user";
    public static final String READY_TIMEOUT = "ready-timeout";
    public static final String SERVICE_JVM_OPTIONS = "service.jvm-options";
    public static final String KAFKA_JVM_OPTIONS = "kafka.jvm-options";
    /** A service's API port is under {@code <service>.port}. */
    public static final String PORT_SUFFIX = ".port";
    /** A service's management port (health, metrics, OpenAPI, Swagger UI) is under {@code <service>.management-port}. */
    public static final String MANAGEMENT_PORT_SUFFIX = ".management-port";

    public StackConfig {
        services = List.copyOf(services);
        serviceJvmOptions = List.copyOf(serviceJvmOptions);
        kafkaJvmOptions = List.copyOf(kafkaJvmOptions);
    }

    public static StackConfig defaults(StackLayout layout) {
        return new StackConfig(layout, "127.0.0.1", 55432, 59092, 59093, 2, 8090, "postgres",
                ServiceDefinition.defaults(), Duration.ofSeconds(120), List.of("-Xmx256m", "-XX:+UseSerialGC"),
                List.of("-Xmx384m", "-XX:+UseSerialGC"));
    }

    /** The values of {@code p} (keys above) replace the defaults; keys it lacks keep their value. */
    public StackConfig with(Properties p) {
        List<ServiceDefinition> svc = new ArrayList<>();
        for (ServiceDefinition s : services) {
            svc.add(s.withPort(intOf(p, s.name() + PORT_SUFFIX, s.port()))
                    .withManagementPort(intOf(p, s.name() + MANAGEMENT_PORT_SUFFIX, s.managementPort())));
        }
        return new StackConfig(layout, host, intOf(p, POSTGRES_PORT, postgresPort), intOf(p, KAFKA_PORT, kafkaPort),
                intOf(p, KAFKA_CONTROLLER_PORT, kafkaControllerPort), intOf(p, KAFKA_PARTITIONS, kafkaPartitions),
                intOf(p, NUC_PORT, nucPort), p.getProperty(DB_USER, dbUser), svc,
                Duration.ofSeconds(intOf(p, READY_TIMEOUT, (int) readyTimeout.toSeconds())),
                listOf(p, SERVICE_JVM_OPTIONS, serviceJvmOptions), listOf(p, KAFKA_JVM_OPTIONS, kafkaJvmOptions));
    }

    public Properties toProperties() {
        Properties p = new Properties();
        p.setProperty(POSTGRES_PORT, Integer.toString(postgresPort));
        p.setProperty(KAFKA_PORT, Integer.toString(kafkaPort));
        p.setProperty(KAFKA_CONTROLLER_PORT, Integer.toString(kafkaControllerPort));
        p.setProperty(KAFKA_PARTITIONS, Integer.toString(kafkaPartitions));
        p.setProperty(NUC_PORT, Integer.toString(nucPort));
        p.setProperty(DB_USER, dbUser);
        p.setProperty(READY_TIMEOUT, Long.toString(readyTimeout.toSeconds()));
        p.setProperty(SERVICE_JVM_OPTIONS, String.join(" ", serviceJvmOptions));
        p.setProperty(KAFKA_JVM_OPTIONS, String.join(" ", kafkaJvmOptions));
        services.forEach(s -> {
            p.setProperty(s.name() + PORT_SUFFIX, Integer.toString(s.port()));
            p.setProperty(s.name() + MANAGEMENT_PORT_SUFFIX, Integer.toString(s.managementPort()));
        });
        return p;
    }

    /** The same stack on free loopback ports, e.g. for an end-to-end test next to a running {@code egov up}. */
    public StackConfig withFreePorts() {
        Properties p = new Properties();
        p.setProperty(POSTGRES_PORT, Integer.toString(FreePorts.next()));
        p.setProperty(KAFKA_PORT, Integer.toString(FreePorts.next()));
        p.setProperty(KAFKA_CONTROLLER_PORT, Integer.toString(FreePorts.next()));
        p.setProperty(NUC_PORT, Integer.toString(FreePorts.next()));
        services.forEach(s -> {
            p.setProperty(s.name() + PORT_SUFFIX, Integer.toString(FreePorts.next()));
            p.setProperty(s.name() + MANAGEMENT_PORT_SUFFIX, Integer.toString(FreePorts.next()));
        });
        return with(p);
    }

    public StackConfig withLayout(StackLayout newLayout) {
        return new StackConfig(newLayout, host, postgresPort, kafkaPort, kafkaControllerPort, kafkaPartitions, nucPort,
                dbUser, services, readyTimeout, serviceJvmOptions, kafkaJvmOptions);
    }

    public StackConfig withReadyTimeout(Duration timeout) {
        return new StackConfig(layout, host, postgresPort, kafkaPort, kafkaControllerPort, kafkaPartitions, nucPort,
                dbUser, services, timeout, serviceJvmOptions, kafkaJvmOptions);
    }

    public ServiceDefinition service(String name) {
        return services.stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new NoSuchElementException("no service " + name));
    }

    public String kafkaBootstrap() {
        return host + ":" + kafkaPort;
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://" + host + ":" + postgresPort + "/" + database;
    }

    public String baseUrl(ServiceDefinition service) {
        return "http://" + host + ":" + service.port();
    }

    /**
     * The service's management interface ({@code /q/health}, {@code /q/metrics}, {@code /q/openapi},
     * {@code /q/swagger-ui}), on its own port; the API port ({@link #baseUrl}) serves none of them.
     */
    public String managementUrl(ServiceDefinition service) {
        return "http://" + host + ":" + service.managementPort();
    }

    /** The development НУЦ's OCSP responder ({@code POST}); the CRLs are under {@link #nucUrl()}{@code /crl/}. */
    public String ocspUrl() {
        return nucUrl() + "/ocsp";
    }

    public String nucUrl() {
        return "http://" + host + ":" + nucPort;
    }

    /** The gateway's REST API, which the portal, ЦОН and МИО call. */
    public String gatewayUrl() {
        return baseUrl(service("gateway-router"));
    }

    private static int intOf(Properties p, String key, int fallback) {
        String v = p.getProperty(key);
        if (v == null || v.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(v.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " must be a number: " + v, e);
        }
    }

    private static List<String> listOf(Properties p, String key, List<String> fallback) {
        String v = p.getProperty(key);
        return v == null ? fallback : Arrays.stream(v.trim().split("\\s+")).filter(s -> !s.isEmpty()).toList();
    }
}
