package kz.egov.platform.config;

import java.net.URI;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * What every service configures for the shared delivery discipline (module platform). The gateway's participant id
 * has no default: a service that does not name it does not start, rather than trusting whoever claims the name.
 */
@ConfigMapping(prefix = "egov")
public interface PlatformConfig {

    /** The gateway's (ШЭП) participant id: the only sender a service accepts messages from. */
    String gatewayId();

    Inbound inbound();

    Outbox outbox();

    Admin admin();

    GatewayApi gateway();

    Http http();

    /** What a request may cost before anything reads it ({@code BodyLimits}). */
    interface Http {
        /** The largest body of a JSON API call (the public verify included). */
        @WithDefault("1048576")
        long maxJsonBytes();

        /** Paths (regular expressions) that take files: a multipart draft, a package with scans, an upload. */
        java.util.Optional<java.util.List<String>> uploadPaths();

        /** The largest body on an upload path. */
        @WithDefault("10485760")
        long maxUploadBytes();
    }

    /** The service's inbound topic and how it is consumed ({@code InboundPoller}). */
    interface Inbound {
        /** The topic this service reads. */
        String topic();

        /** Its consumer group: one per service, named as the application. */
        @WithDefault("${quarkus.application.name}")
        String groupId();

        /** Consumers in this service's group; more than one lets one wait on PostgreSQL while another works. */
        @WithDefault("1")
        int consumers();

        @WithDefault("500")
        int maxPollRecords();

        /** How often consumed offsets are committed, in milliseconds (0: after every batch). */
        @WithDefault("0")
        long commitIntervalMs();
    }

    /** The outbox relay's rounds ({@code OutboxRelay}). */
    interface Outbox {
        @WithDefault("500")
        int batchSize();

        /** How long the relay sleeps when nothing signals new rows, in milliseconds. */
        @WithDefault("200")
        long pollIntervalMs();

        /** How long a round woken from rest waits for more messages before it seals and sends, in milliseconds. */
        @WithDefault("0")
        long lingerMs();
    }

    /** The operator accounts of the service's admin API. */
    interface Admin {
        @WithDefault("admin")
        String bootstrapUser();

        /** The first operator's password; no operator account is created without one. */
        Optional<String> bootstrapPassword();
    }

    /** Where the gateway's REST API is (attachment store, person look-up), for the services that call it. */
    interface GatewayApi {
        @WithDefault("http://127.0.0.1:8082")
        URI url();
    }
}
