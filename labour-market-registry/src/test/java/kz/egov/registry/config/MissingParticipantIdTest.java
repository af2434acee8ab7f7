package kz.egov.registry.config;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;
import org.junit.jupiter.api.Test;

/** АИС «Рынок труда» without {@code egov.participant-id} does not start: it never seals under a default name. */
class MissingParticipantIdTest {

    @Test
    void withoutTheParticipantIdTheConfigurationIsRefused() {
        Map<String, String> properties = Map.of("egov.registry.allowed-provider-types", "EMPLOYMENT_CENTRE");
        assertThatThrownBy(() -> new SmallRyeConfigBuilder().withMapping(RegistryConfig.class)
                .withSources(new PropertiesConfigSource(properties, "test", 500)).build())
                .hasMessageContaining("egov.participant-id");
    }
}
