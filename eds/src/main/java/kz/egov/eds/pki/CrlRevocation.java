package kz.egov.eds.pki;

import java.math.BigInteger;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import javax.security.auth.x500.X500Principal;

/**
 * Revocation by the НУЦ CRLs: each CRL indexed once per refresh; refreshed in the background when its nextUpdate
 * comes (and at least every {@code maxInterval}); a CRL past nextUpdate + grace is stale and answers UNKNOWN for
 * serials it does not list.
 */
public final class CrlRevocation implements AutoCloseable {

    private static final Duration MIN_DELAY = Duration.ofSeconds(1);
    private static final Duration RETRY = Duration.ofSeconds(30);

    private final List<CrlFeed> feeds;
    private final Duration grace;
    private final Duration maxInterval;
    private final Clock clock;
    private volatile Map<X500Principal, CrlFeed> byIssuer = Map.of();
    private ScheduledExecutorService scheduler;

    public CrlRevocation(List<CrlSource> sources, List<X509Certificate> trustedIssuers, Duration grace,
                         Duration maxInterval, Clock clock) {
        List<CrlFeed> list = new ArrayList<>();
        sources.forEach(s -> list.add(new CrlFeed(s, trustedIssuers, clock)));
        this.feeds = List.copyOf(list);
        this.grace = grace;
        this.maxInterval = maxInterval;
        this.clock = clock;
    }

    /** Refreshes every feed now; true when all succeeded. */
    public synchronized boolean refreshAll() {
        boolean all = true;
        Map<X500Principal, CrlFeed> map = new HashMap<>();
        for (CrlFeed f : feeds) {
            all &= f.refresh();
            if (f.current() != null) {
                map.put(f.current().issuer(), f);
            }
        }
        byIssuer = Map.copyOf(map);
        return all;
    }

    /** Starts refreshing in a daemon thread, honouring each CRL's nextUpdate. */
    public synchronized void startBackgroundRefresh() {
        if (scheduler != null) {
            return;
        }
        scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "eds-crl-refresh");
            t.setDaemon(true);
            return t;
        });
        scheduler.schedule(this::backgroundTick, nextDelay(true).toMillis(), TimeUnit.MILLISECONDS);
    }

    private void backgroundTick() {
        boolean ok = refreshAll();
        ScheduledExecutorService s = scheduler;
        if (s != null && !s.isShutdown()) {
            s.schedule(this::backgroundTick, nextDelay(ok).toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /** Until the earliest nextUpdate, bounded by [1 s, maxInterval]; a failed refresh retries sooner. */
    Duration nextDelay(boolean lastOk) {
        Duration delay = lastOk ? maxInterval : min(RETRY, maxInterval);
        Instant now = clock.instant();
        for (CrlFeed f : feeds) {
            CrlIndex idx = f.current();
            if (idx != null && idx.nextUpdate() != null) {
                delay = min(delay, Duration.between(now, idx.nextUpdate()));
            }
        }
        return delay.compareTo(MIN_DELAY) < 0 ? MIN_DELAY : delay;
    }

    /**
     * REVOKED when the issuer's CRL lists the serial; GOOD when it does not and the CRL is fresh; UNKNOWN when there
     * is no CRL for the issuer or it is stale.
     */
    public RevocationStatus status(X500Principal issuer, BigInteger serial, Instant now) {
        CrlFeed feed = byIssuer.get(issuer);
        CrlIndex idx = feed == null ? null : feed.current();
        if (idx == null) {
            return RevocationStatus.UNKNOWN;
        }
        if (idx.isRevoked(serial)) {
            return RevocationStatus.REVOKED;
        }
        return isStale(idx, now) ? RevocationStatus.UNKNOWN : RevocationStatus.GOOD;
    }

    public boolean isStale(CrlIndex idx, Instant now) {
        return idx.nextUpdate() != null && now.isAfter(idx.nextUpdate().plus(grace));
    }

    public List<CrlFeed> feeds() {
        return feeds;
    }

    @Override
    public synchronized void close() {
        if (scheduler != null) {
            scheduler.shutdownNow();
            scheduler = null;
        }
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
