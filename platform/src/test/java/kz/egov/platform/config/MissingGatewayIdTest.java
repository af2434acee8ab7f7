package kz.egov.platform.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import org.junit.jupiter.api.Test;

/**
 * A service that does not name the gateway does not start: {@code egov.gateway-id} has no default, so nobody is
 * trusted as the gateway by a silent fallback.
 */
class MissingGatewayIdTest {

    private static SmallRyeConfig config(Map<String, String> properties) {
        return new SmallRyeConfigBuilder().addDefaultInterceptors().withMapping(PlatformConfig.class)
                .withSources(new PropertiesConfigSource(properties, "test", 500)).build();
    }

    @Test
    void withoutTheGatewayIdTheConfigurationIsRefused() {
        assertThatThrownBy(() -> config(Map.of("egov.inbound.topic", "egov.to-portal", "kafka.bootstrap.servers",
                "127.0.0.1:9092", "quarkus.application.name", "portal-adapter")))
                .hasMessageContaining("egov.gateway-id");
    }

    @Test
    void withItTheMappingReadsItAndTheDefaultsOfTheRest() {
        PlatformConfig c = config(Map.of("egov.inbound.topic", "egov.to-portal", "egov.gateway-id", "gateway",
                "kafka.bootstrap.servers", "127.0.0.1:9092", "quarkus.application.name", "portal-adapter"))
                .getConfigMapping(PlatformConfig.class);
        assertThat(c.gatewayId()).isEqualTo("gateway");
        assertThat(c.inbound().consumers()).isEqualTo(1);
        assertThat(c.inbound().groupId()).isEqualTo("portal-adapter");
        assertThat(c.outbox().batchSize()).isEqualTo(500);
        assertThat(c.admin().bootstrapPassword()).isEmpty();
    }
}
