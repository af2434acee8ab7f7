package kz.egov.mio.config;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * ИС МИО's configuration. It hosts several providers and seals as each of them, so it names no participant of its
 * own; the gateway's id, the gateway's REST API and the inbound topic come from platform's {@code PlatformConfig}.
 */
@ConfigMapping(prefix = "egov")
public interface MioConfig {

    /** The zone of the providers' dates: incoming-number years, result documents, the quality report's days. */
    ZoneId ZONE = ZoneId.of("Asia/Almaty");

    Mio mio();

    /** Officers, sessions, the workflow clock and the metrics ({@code egov.mio.*}). */
    interface Mio {
        /** The seeded officers' initial password; no officers are seeded without it (the local stack sets it). */
        Optional<String> seedOfficerPassword();

        /** How long a sign-in session lasts. */
        @WithDefault("PT8H")
        Duration sessionTtl();

        /** Failed sign-ins in a row that lock an account. */
        @WithDefault("5")
        int maxFailedSignIns();

        /** How long a locked account stays locked. */
        @WithDefault("PT15M")
        Duration lockDuration();

        /** The workflow clock's initial offset from the plain clock ({@code WorkflowClock}). */
        @WithDefault("PT0S")
        Duration clockOffset();

        /** How often the deadline gauges are refreshed. */
        @WithDefault("PT30S")
        Duration metricsInterval();
    }
}
