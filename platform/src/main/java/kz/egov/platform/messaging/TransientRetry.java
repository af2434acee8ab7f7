package kz.egov.platform.messaging;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * How long one message whose processing failed is tried again: a lasting failure (a bug, bad data) ends the tries at
 * once; a failure that may pass (the database or broker restarting, a deadlock, {@link Failures}) is retried with a
 * back-off that doubles from 250 ms to at most 10 s, for up to {@link #LIMIT}; after that the message becomes a dead
 * letter with its reason, so a failure that does not pass never holds up its partition for good.
 */
final class TransientRetry {

    /** How long a failure that may pass is retried. */
    static final Duration LIMIT = Duration.ofMinutes(10);
    private static final long FIRST_BACKOFF_MILLIS = 250;
    private static final long MAX_BACKOFF_MILLIS = 10_000;

    private final LongSupplier nanoClock;
    private final long startNanos;
    private final long limitNanos;
    private long backoffMillis = FIRST_BACKOFF_MILLIS;

    TransientRetry(Duration limit, LongSupplier nanoClock) {
        this.nanoClock = nanoClock;
        this.startNanos = nanoClock.getAsLong();
        this.limitNanos = limit.toNanos();
    }

    /** Retries of one message, starting now. */
    static TransientRetry startingNow() {
        return new TransientRetry(LIMIT, System::nanoTime);
    }

    /** Whether this failure ends the tries: it will not pass, or the limit is spent. */
    boolean givesUp(Throwable failure) {
        return !Failures.isTransient(failure) || nanoClock.getAsLong() - startNanos > limitNanos;
    }

    /** How long to wait before the next try (doubling, at most 10 s). */
    long nextBackoffMillis() {
        long wait = backoffMillis;
        backoffMillis = Math.min(backoffMillis * 2, MAX_BACKOFF_MILLIS);
        return wait;
    }
}
