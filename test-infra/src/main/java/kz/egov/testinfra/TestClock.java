package kz.egov.testinfra;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;

/**
 * The clock of a service under test, in place of platform's system clock: it follows the system clock until a test
 * moves it ({@link #advance}) or stops it at an instant ({@link #stopAt}); {@link #reset} returns it to the system
 * clock. A test that moves it resets it when it ends.
 */
@Alternative
@Priority(1)
@Singleton
public class TestClock extends Clock {

    private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);
    private final AtomicReference<Instant> stopped = new AtomicReference<>();

    /** Moves the clock on by {@code by} (a negative duration moves it back). */
    public void advance(Duration by) {
        offset.updateAndGet(o -> o.plus(by));
        stopped.updateAndGet(s -> s == null ? null : s.plus(by));
    }

    /** Stops the clock at {@code at}: every read answers it until the clock is moved or reset. */
    public void stopAt(Instant at) {
        stopped.set(at);
    }

    /** The system clock again. */
    public void reset() {
        offset.set(Duration.ZERO);
        stopped.set(null);
    }

    @Override
    public Instant instant() {
        Instant at = stopped.get();
        return at != null ? at : Instant.now().plus(offset.get());
    }

    @Override
    public long millis() {
        return instant().toEpochMilli();
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        TestClock self = this;
        return new Clock() {
            @Override
            public Instant instant() {
                return self.instant();
            }

            @Override
            public ZoneId getZone() {
                return zone;
            }

            @Override
            public Clock withZone(ZoneId other) {
                return self.withZone(other);
            }
        };
    }
}
