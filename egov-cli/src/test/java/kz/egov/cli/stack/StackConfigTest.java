package kz.egov.cli.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;

import org.junit.jupiter.api.Test;

class StackConfigTest {

    final StackConfig defaults = StackConfig.defaults(StackLayout.of(Path.of("/repo")));

    @Test
    void defaultsAreTheArchitecturePorts() {
        assertThat(defaults.postgresPort()).isEqualTo(55432);
        assertThat(defaults.kafkaPort()).isEqualTo(59092);
        assertThat(defaults.kafkaControllerPort()).isEqualTo(59093);
        assertThat(defaults.kafkaPartitions()).isEqualTo(2);
        assertThat(defaults.readyTimeout()).isEqualTo(Duration.ofSeconds(120));
        assertThat(defaults.services()).extracting(ServiceDefinition::name, ServiceDefinition::port).containsExactly(
                org.assertj.core.groups.Tuple.tuple("portal-adapter", 8081),
                org.assertj.core.groups.Tuple.tuple("gateway-router", 8082),
                org.assertj.core.groups.Tuple.tuple("mio-workstation", 8083),
                org.assertj.core.groups.Tuple.tuple("labour-market-registry", 8084),
                org.assertj.core.groups.Tuple.tuple("citizens-corp-adapter", 8085));
        assertThat(defaults.services()).extracting(ServiceDefinition::managementPort)
                .as("health, metrics, OpenAPI, Swagger UI: API port + 1000").containsExactly(9081, 9082, 9083, 9084, 9085);
        assertThat(defaults.managementUrl(defaults.service("mio-workstation"))).isEqualTo("http://127.0.0.1:9083");
        assertThat(defaults.service("gateway-router").database()).isEqualTo("gateway_router");
        assertThat(defaults.serviceJvmOptions()).containsExactly("-Xmx256m", "-XX:+UseSerialGC");
        assertThat(defaults.kafkaJvmOptions()).contains("-Xmx384m");
    }

    @Test
    void propertiesOverrideTheDefaults() {
        Properties p = new Properties();
        p.setProperty("postgres.port", "15432");
        p.setProperty("kafka.port", "19092");
        p.setProperty("gateway-router.port", "9082");
        p.setProperty("gateway-router.management-port", "19082");
        p.setProperty("ready-timeout", "30");
        p.setProperty("service.jvm-options", "-Xmx200m  -Dx=y");
        StackConfig c = defaults.with(p);
        assertThat(c.postgresPort()).isEqualTo(15432);
        assertThat(c.kafkaBootstrap()).isEqualTo("127.0.0.1:19092");
        assertThat(c.service("gateway-router").port()).isEqualTo(9082);
        assertThat(c.service("portal-adapter").port()).isEqualTo(8081);
        assertThat(c.service("gateway-router").managementPort()).isEqualTo(19082);
        assertThat(c.managementUrl(c.service("gateway-router"))).isEqualTo("http://127.0.0.1:19082");
        assertThat(c.service("portal-adapter").managementPort()).isEqualTo(9081);
        assertThat(c.readyTimeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(c.serviceJvmOptions()).containsExactly("-Xmx200m", "-Dx=y");
        assertThat(c.jdbcUrl("gateway_router")).isEqualTo("jdbc:postgresql://127.0.0.1:15432/gateway_router");
    }

    @Test
    void effectiveConfigurationRoundTripsThroughProperties() {
        StackConfig c = defaults.withFreePorts();
        assertThat(c.toProperties()).containsKeys("gateway-router.port", "gateway-router.management-port");
        assertThat(defaults.with(c.toProperties())).isEqualTo(c);
    }

    @Test
    void freePortsAreDistinctAndAwayFromTheDefaults() {
        StackConfig c = defaults.withFreePorts();
        Set<Integer> ports = new HashSet<>(List.of(c.postgresPort(), c.kafkaPort(), c.kafkaControllerPort()));
        c.services().forEach(s -> {
            ports.add(s.port());
            ports.add(s.managementPort());
        });
        assertThat(ports).hasSize(3 + 2 * c.services().size()).doesNotContain(8082, 9082, 55432, 59092);
    }

    @Test
    void aBadNumberIsReportedWithItsKey() {
        Properties p = new Properties();
        p.setProperty("kafka.port", "many");
        assertThatThrownBy(() -> defaults.with(p)).hasMessageContaining("kafka.port");
    }
}
