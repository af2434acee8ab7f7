package kz.egov.mio.deadline;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The workflow's clock: the system clock plus an offset ({@code egov.mio.clock-offset}, zero by default). Deadlines,
 * step times and overdue flags all read it, so tests (and a rehearsal of a working week) can move time on. Signature
 * checks and sessions use real time.
 */
@Singleton
public class AdjustableClock extends Clock {

    private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);
    private final ZoneId zone = ZoneId.of("Asia/Almaty");

    AdjustableClock(@ConfigProperty(name = "egov.mio.clock-offset", defaultValue = "PT0S") Duration initial) {
        offset.set(initial);
    }

    /** Moves the clock by {@code by} (negative moves back). */
    public void shift(Duration by) {
        offset.updateAndGet(o -> o.plus(by));
    }

    public void reset() {
        offset.set(Duration.ZERO);
    }

    public Duration offset() {
        return offset.get();
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset.get());
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId z) {
        return Clock.offset(Clock.system(z), offset.get());
    }
}
