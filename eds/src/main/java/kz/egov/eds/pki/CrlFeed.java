package kz.egov.eds.pki;

import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * One CRL source and the index of its latest verified CRL. A refresh fetches, verifies and indexes the CRL; an older
 * CRL never replaces a newer one.
 */
public final class CrlFeed {

    private final CrlSource source;
    private final List<X509Certificate> issuers;
    private final Clock clock;
    private volatile CrlIndex current;
    private volatile Instant lastSuccess;
    private volatile Duration lastRefreshTime;
    private volatile String lastError;

    public CrlFeed(CrlSource source, List<X509Certificate> issuers, Clock clock) {
        this.source = source;
        this.issuers = List.copyOf(issuers);
        this.clock = clock;
    }

    /** Fetches, verifies and indexes the CRL; false (and the old index kept) on any failure. */
    public boolean refresh() {
        long start = System.nanoTime();
        try {
            CrlIndex fresh = CrlIndex.parseVerified(source.fetch(), issuers);
            CrlIndex old = current;
            if (old == null || !fresh.thisUpdate().isBefore(old.thisUpdate())) {
                current = fresh;
            }
            lastSuccess = clock.instant();
            lastError = null;
            return true;
        } catch (Exception e) {
            lastError = e.getClass().getSimpleName() + ": " + e.getMessage();
            return false;
        } finally {
            lastRefreshTime = Duration.ofNanos(System.nanoTime() - start);
        }
    }

    /** The latest verified index, or null before the first successful refresh. */
    public CrlIndex current() {
        return current;
    }

    public Instant lastSuccess() {
        return lastSuccess;
    }

    /** How long the last refresh (fetch + parse + verify + index) took. */
    public Duration lastRefreshTime() {
        return lastRefreshTime;
    }

    public String lastError() {
        return lastError;
    }

    public String describe() {
        return source.describe();
    }
}
