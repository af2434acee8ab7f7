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

    RateLimitSettings rateLimits();

    /**
     * What a client and an IIN may spend of an endpoint ({@code RateLimits}); each service names its limits, e.g.
     * {@code egov.rate-limits.limits.sign-in.per-client.capacity=30}, {@code ...per-client.period=PT1M}.
     */
    interface RateLimitSettings {
        /**
         * The reverse proxies whose {@code X-Forwarded-For} is believed (IP addresses or CIDR ranges); without any,
         * the client is the peer address.
         */
        java.util.Optional<java.util.List<String>> trustedProxies();

        /** The limits by name. */
        java.util.Map<String, Limit> limits();

        /** How often buckets of clients and IINs not seen for their whole refill time are deleted. */
        @WithDefault("PT5M")
        java.time.Duration cleanupEvery();

        /** One endpoint's limits. */
        interface Limit {
            /** Per client (its address). */
            Optional<Allowance> perClient();

            /** Per IIN (or login) named in the request, whether an account exists for it or not. */
            Optional<Allowance> perIin();
        }

        /** A token bucket: {@code capacity} calls at once, refilled evenly over {@code period}. */
        interface Allowance {
            long capacity();

            java.time.Duration period();
        }
    }

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

        /**
         * Paths (regular expressions) whose POST or PUT is read only for a caller with an open session
         * ({@code SessionFirst}): the multipart uploads of signed-in people. The service provides a {@code SessionProbe}.
         */
        java.util.Optional<java.util.List<String>> sessionFirstPaths();
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
