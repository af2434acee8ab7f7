package kz.egov.eds.pki;

import java.math.BigInteger;
import java.net.URI;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import javax.security.auth.x500.X500Principal;

/**
 * Revocation by the НУЦ CRLs: each CRL indexed once per refresh; refreshed in the background when its nextUpdate
 * comes (and at least every {@code maxInterval}).
 *
 * <p>The status is the one at the check time {@code at}, from the evidence held: a serial listed with a revocation
 * date at or before {@code at} is REVOKED (certificateHold included), however old or new the CRL; otherwise it is
 * GOOD when the CRL was issued at or after {@code at} (it would list an earlier revocation) or still covers
 * {@code at} (not past nextUpdate + grace, or — for a CRL without nextUpdate — thisUpdate + maximum age); otherwise
 * UNKNOWN. A delta CRL (Delta CRL Indicator) of the issuer, configured as a source or found through the complete
 * CRL's Freshest CRL extension when that is switched on, is applied on top of the complete CRL it builds on.
 */
public final class CrlRevocation implements AutoCloseable {

    /** For a CRL without nextUpdate, when no maximum age is configured. */
    public static final Duration DEFAULT_MAX_AGE = Duration.ofHours(24);

    private static final Duration MIN_DELAY = Duration.ofSeconds(1);
    private static final Duration RETRY = Duration.ofSeconds(30);

    private final List<CrlFeed> feeds;
    private final List<X509Certificate> trustedIssuers;
    private final Duration grace;
    private final Duration maxAge;
    private final Duration maxInterval;
    private final boolean followFreshest;
    private final Clock clock;
    private volatile Map<X500Principal, CrlIndex> complete = Map.of();
    private volatile Map<X500Principal, List<CrlIndex>> deltas = Map.of();
    private ScheduledExecutorService scheduler;

    public CrlRevocation(List<CrlSource> sources, List<X509Certificate> trustedIssuers, Duration grace,
                         Duration maxInterval, Clock clock) {
        this(sources, trustedIssuers, grace, DEFAULT_MAX_AGE, maxInterval, false, clock);
    }

    /**
     * @param maxAge         how long a CRL without nextUpdate is used after its thisUpdate
     * @param followFreshest whether delta CRLs named by a complete CRL's Freshest CRL extension are fetched (http)
     */
    public CrlRevocation(List<CrlSource> sources, List<X509Certificate> trustedIssuers, Duration grace,
                         Duration maxAge, Duration maxInterval, boolean followFreshest, Clock clock) {
        List<CrlFeed> list = new ArrayList<>();
        sources.forEach(s -> list.add(new CrlFeed(s, trustedIssuers, clock)));
        this.feeds = new CopyOnWriteArrayList<>(list);
        this.trustedIssuers = List.copyOf(trustedIssuers);
        this.grace = grace;
        this.maxAge = maxAge;
        this.maxInterval = maxInterval;
        this.followFreshest = followFreshest;
        this.clock = clock;
    }

    /** Refreshes every feed now (and finds new delta CRLs when following Freshest CRL); true when all succeeded. */
    public synchronized boolean refreshAll() {
        boolean all = true;
        for (CrlFeed f : feeds) {
            all &= f.refresh();
        }
        if (followFreshest) {
            for (CrlFeed added : addFreshestFeeds()) {
                all &= added.refresh();
            }
        }
        index();
        return all;
    }

    /** New feeds for the Freshest CRL addresses of the complete CRLs held, each address once. */
    private List<CrlFeed> addFreshestFeeds() {
        List<String> known = new ArrayList<>();
        feeds.forEach(f -> known.add(f.describe()));
        List<CrlFeed> added = new ArrayList<>();
        for (CrlFeed f : List.copyOf(feeds)) {
            CrlIndex idx = f.current();
            if (idx == null || idx.isDelta()) {
                continue;
            }
            for (URI uri : idx.freshestCrl()) {
                String name = "url " + uri;
                if (!known.contains(name)) {
                    known.add(name);
                    CrlFeed feed = new CrlFeed(CrlSource.url(uri), trustedIssuers, clock);
                    feeds.add(feed);
                    added.add(feed);
                }
            }
        }
        return added;
    }

    /** Per issuer: the newest complete CRL, and its delta CRLs. */
    private void index() {
        Map<X500Principal, CrlIndex> full = new HashMap<>();
        Map<X500Principal, List<CrlIndex>> delta = new HashMap<>();
        for (CrlFeed f : feeds) {
            CrlIndex idx = f.current();
            if (idx == null) {
                continue;
            }
            if (idx.isDelta()) {
                delta.computeIfAbsent(idx.issuer(), k -> new ArrayList<>()).add(idx);
            } else {
                full.merge(idx.issuer(), idx, (a, b) -> b.thisUpdate().isAfter(a.thisUpdate()) ? b : a);
            }
        }
        complete = Map.copyOf(full);
        Map<X500Principal, List<CrlIndex>> frozen = new HashMap<>();
        delta.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
        deltas = Map.copyOf(frozen);
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
     * The status of {@code serial} at {@code at} (see the class comment): REVOKED when listed with a revocation date
     * at or before {@code at}; GOOD when not (or only later) and the CRL was issued after {@code at} or still covers
     * it; UNKNOWN when there is no CRL for the issuer or it is stale at {@code at}.
     */
    public RevocationStatus status(X500Principal issuer, BigInteger serial, Instant at) {
        CrlIndex base = complete.get(issuer);
        if (base == null) {
            return RevocationStatus.UNKNOWN;
        }
        CrlIndex delta = applicableDelta(base);
        Instant revokedAt = base.revocationDate(serial);
        if (delta != null) {
            Instant byDelta = delta.revocationDate(serial);
            if (byDelta != null) {
                revokedAt = byDelta;
            } else if (delta.removed().contains(serial)) {
                revokedAt = null;
            }
        }
        if (revokedAt != null && !revokedAt.isAfter(at)) {
            return RevocationStatus.REVOKED;
        }
        if (covers(base, at) || delta != null && covers(delta, at)) {
            return RevocationStatus.GOOD;
        }
        return RevocationStatus.UNKNOWN;
    }

    /** The newest delta CRL that builds on {@code base} (its base number at most base's, its own number above). */
    private CrlIndex applicableDelta(CrlIndex base) {
        List<CrlIndex> candidates = deltas.get(base.issuer());
        if (candidates == null || base.crlNumber() == null) {
            return null;
        }
        CrlIndex best = null;
        for (CrlIndex d : candidates) {
            if (d.baseCrlNumber().compareTo(base.crlNumber()) <= 0 && d.crlNumber() != null
                    && d.crlNumber().compareTo(base.crlNumber()) > 0
                    && (best == null || d.crlNumber().compareTo(best.crlNumber()) > 0)) {
                best = d;
            }
        }
        return best;
    }

    /** Whether a CRL tells the state at {@code at}: issued at or after it, or not yet stale then. */
    private boolean covers(CrlIndex idx, Instant at) {
        return !idx.thisUpdate().isBefore(at) || !isStale(idx, at);
    }

    /** Past nextUpdate + grace, or without nextUpdate past thisUpdate + the maximum age. */
    public boolean isStale(CrlIndex idx, Instant now) {
        return idx.nextUpdate() != null ? now.isAfter(idx.nextUpdate().plus(grace))
                : now.isAfter(idx.thisUpdate().plus(maxAge));
    }

    /** Every feed, the delta CRLs found through Freshest CRL included. */
    public List<CrlFeed> feeds() {
        return List.copyOf(feeds);
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
