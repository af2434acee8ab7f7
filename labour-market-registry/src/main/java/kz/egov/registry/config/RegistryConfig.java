package kz.egov.registry.config;

import java.time.ZoneId;
import java.util.List;

import io.smallrye.config.ConfigMapping;

/**
 * АИС «Рынок труда»'s configuration. Its participant id has no default: a registry that does not name itself does
 * not start.
 */
@ConfigMapping(prefix = "egov")
public interface RegistryConfig {

    /** The zone of the registry's dates (registration, deregistration, data dates). */
    ZoneId ZONE = ZoneId.of("Asia/Almaty");

    /** The registry's participant id: it seals its answers as this participant. */
    String participantId();

    Registry registry();

    interface Registry {
        /** The provider types (participant registry) whose providers may command the registry. */
        List<String> allowedProviderTypes();
    }
}
