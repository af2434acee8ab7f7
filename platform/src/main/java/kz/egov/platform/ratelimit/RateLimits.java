package kz.egov.platform.ratelimit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.HttpServerRequest;
import kz.egov.contract.reason.RateLimitedException;
import kz.egov.contract.reason.ReasonCode;
import kz.egov.contract.reason.RejectedException;
import kz.egov.platform.config.PlatformConfig;
import kz.egov.platform.config.PlatformConfig.RateLimitSettings.Allowance;
import kz.egov.platform.config.PlatformConfig.RateLimitSettings.Limit;

/**
 * Rate limits per client and per IIN ([wave 2 · 6/16]): token buckets of Bucket4j kept in the service's PostgreSQL
 * (table {@code rate_limit_bucket}, a row locked for the moment of one take), so every instance of a service behind
 * one proxy spends the same buckets. An endpoint {@link #take}s before it does any work: a bucket that is empty
 * answers 429 problem+json {@code RATE_LIMITED} with {@code Retry-After}. When the buckets cannot be read, the call is
 * refused 503 (fail closed), never let through uncounted. The limits are configuration
 * ({@code egov.rate-limits.limits.<name>}), the client is {@link ClientAddress}'s, time is the service's {@link Clock}.
 */
@ApplicationScoped
public class RateLimits {

    private static final Logger LOG = Logger.getLogger(RateLimits.class);
    private static final Pattern PLAIN_KEY = Pattern.compile("[0-9A-Za-z._@-]{1,64}");
    private static final int CLEANUP_BATCH = 1000;

    private final PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;
    private final Map<String, Limit> limits;
    private final ClientAddress clients;
    private final CurrentVertxRequest request;
    private final MeterRegistry meters;
    private final Clock clock;
    private final Duration cleanupEvery;
    private final AtomicReference<Instant> nextCleanup = new AtomicReference<>(Instant.MIN);

    RateLimits(DataSource dataSource, PlatformConfig config, Clock clock, CurrentVertxRequest request,
            MeterRegistry meters) {
        this.limits = config.rateLimits().limits();
        this.clients = new ClientAddress(config.rateLimits().trustedProxies().orElse(List.of()));
        this.request = request;
        this.meters = meters;
        this.clock = clock;
        this.cleanupEvery = config.rateLimits().cleanupEvery();
        this.buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                .primaryKeyMapper(PrimaryKeyMapper.STRING).table("rate_limit_bucket").idColumn("id")
                .stateColumn("state").expiresAtColumn("expires_at")
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ZERO))
                .clientClock(new ServiceClock(clock)).build();
    }

    /**
     * Spends one call of limit {@code name} for the current request's client, and for {@code iin} when the limit has a
     * per-IIN allowance and the request names one; refused {@code RATE_LIMITED} (429) when either is spent. Runs outside
     * any transaction of the caller: a refused call changes nothing else.
     *
     * @param iin the IIN (or login) the request is about, as typed; {@code null} when it names none
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public void take(String name, String iin) {
        Limit limit = limits.get(name);
        if (limit == null) {
            throw new IllegalStateException("no rate limit egov.rate-limits.limits." + name + " is configured");
        }
        cleanUpWhenDue();
        if (limit.perClient().isPresent()) {
            spend(name, "client", client(), limit.perClient().get());
        }
        if (limit.perIin().isPresent() && iin != null && !iin.isBlank()) {
            spend(name, "iin", iin.trim(), limit.perIin().get());
        }
    }

    /** The current request's client ({@link ClientAddress}). */
    public String client() {
        HttpServerRequest r = request.getCurrent().request();
        String peer = r.connection().remoteAddress().hostAddress();
        return clients.of(peer, r.headers().getAll("X-Forwarded-For"));
    }

    private void spend(String name, String per, String subject, Allowance allowance) {
        String key = name + ":" + per + ":" + (PLAIN_KEY.matcher(subject).matches() ? subject : sha256(subject));
        ConsumptionProbe probe;
        try {
            probe = buckets.getProxy(key, () -> configuration(allowance)).tryConsumeAndReturnRemaining(1);
        } catch (RuntimeException e) {
            LOG.warnf("rate limit %s cannot be read, refused: %s", name, e.toString());
            throw new RejectedException(ReasonCode.SERVICE_UNAVAILABLE, "the rate limits cannot be read now", e);
        }
        if (!probe.isConsumed()) {
            meters.counter("egov_rate_limited", "limit", name, "per", per).increment();
            long seconds = (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L;
            throw new RateLimitedException(name + ": " + allowance.capacity() + " calls per " + allowance.period()
                    + " per " + per + " spent", seconds);
        }
    }

    private static BucketConfiguration configuration(Allowance a) {
        return BucketConfiguration.builder()
                .addLimit(Bandwidth.builder().capacity(a.capacity()).refillGreedy(a.capacity(), a.period()).build())
                .build();
    }

    /** Buckets full again (not touched for their whole refill time) are deleted, a batch at a time. */
    private void cleanUpWhenDue() {
        Instant now = clock.instant();
        Instant due = nextCleanup.get();
        if (now.isBefore(due) || !nextCleanup.compareAndSet(due, now.plus(cleanupEvery))) {
            return;
        }
        try {
            int removed;
            do {
                removed = buckets.removeExpired(CLEANUP_BATCH);
            } while (removed == CLEANUP_BATCH);
        } catch (RuntimeException e) {
            LOG.warnf("expired rate-limit buckets not deleted this time: %s", e.toString());
        }
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Bucket4j's time from the service's clock (the one every rule reads). */
    private record ServiceClock(Clock clock) implements TimeMeter {

        @Override
        public long currentTimeNanos() {
            Instant now = clock.instant();
            return now.getEpochSecond() * 1_000_000_000L + now.getNano();
        }

        @Override
        public boolean isWallClockBased() {
            return true;
        }
    }
}
