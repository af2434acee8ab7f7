package kz.egov.portal.config;

import java.time.Duration;
import java.util.Set;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * ПЭП's configuration: its participant id and the rules of accounts,
 * drafts and attachments. The participant id has no default: a portal that does not name itself does not start.
 * What platform maps (the gateway's id and URL, inbound, outbox, admin) is read from {@code PlatformConfig}.
 */
@ConfigMapping(prefix = "egov")
public interface PortalConfig {

    /** The portal's participant id: it seals its messages and calls as this participant, and takes only mail to it. */
    String participantId();

    Portal portal();

    /** Accounts, sessions, drafts and attachments. */
    interface Portal {
        /** How long a citizen's session token is valid. */
        @WithDefault("PT30M")
        Duration sessionDuration();

        Lock lock();

        /** How long a registration challenge may be signed and used. */
        @WithDefault("PT10M")
        Duration challengeDuration();

        /** How long a draft waits for the citizen's signature. */
        @WithDefault("PT24H")
        Duration draftDuration();

        Attachments attachments();
    }

    /** The lock after repeated failed sign-ins. */
    interface Lock {
        /** Failed sign-ins in a row that lock the account. */
        @WithDefault("5")
        int maxFailures();

        /** How long the account stays locked. */
        @WithDefault("PT15M")
        Duration duration();
    }

    /** What the portal accepts as attachments of a draft. */
    interface Attachments {
        /** The largest file, in bytes. */
        @WithDefault("10485760")
        long maxBytes();

        /** The most files on one draft. */
        @WithDefault("10")
        int maxFiles();

        /** The media types accepted (the first bytes must be that format). */
        @WithDefault("application/pdf,image/jpeg,image/png")
        Set<String> mediaTypes();
    }
}
