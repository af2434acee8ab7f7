package kz.egov.corp.config;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * ИС ЦОН's own configuration ({@code egov.corp.*}). It hosts several branches, each a participant of its own, so it
 * has no participant id of its own; the gateway's id and REST API come from {@code PlatformConfig}.
 */
@ConfigMapping(prefix = "egov")
public interface CorpConfig {

    Corp corp();

    /** The desk: seeding on first start, operator sessions and sign-in, the scans a package may carry. */
    interface Corp {

        /** Whether the reference branches and their operators are seeded on first start. */
        @WithDefault("true")
        boolean seed();

        /** How many operators are seeded per branch. */
        @WithDefault("2")
        int seedOperatorsPerBranch();

        /** The seeded operators' initial password; none (or blank): they sign in by EDS only. */
        Optional<String> seedOperatorPassword();

        /** How long an operator session lasts. */
        @WithDefault("PT10H")
        Duration sessionDuration();

        /** Failed password sign-ins in a row that lock the account. */
        @WithDefault("5")
        int maxFailedSignIns();

        /** How long a locked account stays locked. */
        @WithDefault("PT15M")
        Duration lockDuration();

        /** The largest scan accepted, in bytes. */
        @WithDefault("5242880")
        long scanMaxBytes();

        /** The media types a scan may have. */
        @WithDefault("application/pdf,image/jpeg,image/png")
        Set<String> scanMediaTypes();
    }
}
