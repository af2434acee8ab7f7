package kz.egov.gateway.config;

import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * ШЭП/РШЭП's configuration. Its participant id has no default: a gateway that does not name itself does not start
 * (messages addressed to another id are refused, and it seals what it sends as this participant).
 */
@ConfigMapping(prefix = "egov")
public interface GatewayConfig {

    /** The gateway's participant id: the recipient of every message it accepts, the sender of every one it sends. */
    String participantId();

    Attachments attachments();

    Gateway gateway();

    /** The attachment store's limits. */
    interface Attachments {
        /** The largest file accepted, in bytes. */
        @WithDefault("10485760")
        long maxBytes();

        /** The media types accepted. */
        @WithDefault("application/pdf,image/jpeg,image/png")
        Set<String> mediaTypes();
    }

    /** The gateway's own start-up. */
    interface Gateway {
        /** Whether the first start fills the participant registry and the routing table with the local stack's. */
        @WithDefault("true")
        boolean seedParticipants();

        /**
         * The pins of the stack's participants (a properties file, participant id = SHA-256 of its system
         * certificate, written by {@code egov up} with the keys it issues); default
         * {@code <egov.pki.trust-dir>/participant-pins.properties}. Read at start-up: seeded participants and ones
         * still without a pin are pinned from it; a pin already held is never replaced from the file.
         */
        Optional<Path> participantPins();
    }
}
