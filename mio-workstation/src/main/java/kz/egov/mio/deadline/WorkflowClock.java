package kz.egov.mio.deadline;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.enterprise.inject.Typed;
import jakarta.inject.Singleton;

import kz.egov.mio.config.MioConfig;

/**
 * The workflow's clock: the injected plain {@link Clock} plus an offset ({@code egov.mio.clock-offset}, zero by
 * default) that tests, and a rehearsal of a working week, move on with {@link #shift} and take back with
 * {@link #reset}.
 *
 * <p>It is read ONLY by the workflow and its deadlines ({@link Deadlines#now()}): step and term start times, step and
 * term due times, overdue and late flags, the case's own times (received, incoming-number year, signed, finished,
 * registry calls sent and answered, status changes and package movements reported), and the result document's issue
 * date and time. Everything that must hold in real time reads the injected plain {@code Clock} instead: certificate
 * validity and signature checks, officers' sessions and sign-in lock-outs, walk-in requests keyed in and submitted,
 * rejections, the envelopes' own times and the evidence kept of them, and the quality report's default period. So
 * moving the workflow a week on makes cases overdue, but never makes a certificate expire or a session end.
 *
 * <p>It is typed as itself only ({@link Typed}): it is not a {@code Clock} bean, so injecting {@code Clock} anywhere
 * still gets the one plain clock, and the workflow asks for {@code WorkflowClock} itself.
 */
@Singleton
@Typed(WorkflowClock.class)
public class WorkflowClock extends Clock {

    private final Clock base;
    private final AtomicReference<Duration> offset;

    WorkflowClock(Clock base, MioConfig config) {
        this.base = base;
        this.offset = new AtomicReference<>(config.mio().clockOffset());
    }

    /** Moves the clock by {@code by} (negative moves back). */
    public void shift(Duration by) {
        offset.updateAndGet(o -> o.plus(by));
    }

    /** Back to the plain clock (no offset). */
    public void reset() {
        offset.set(Duration.ZERO);
    }

    /** How far the workflow's time is from the plain clock's. */
    public Duration offset() {
        return offset.get();
    }

    @Override
    public Instant instant() {
        return base.instant().plus(offset.get());
    }

    @Override
    public long millis() {
        return instant().toEpochMilli();
    }

    @Override
    public ZoneId getZone() {
        return MioConfig.ZONE;
    }

    /** The plain clock in another zone, moved by the offset as it is now. */
    @Override
    public Clock withZone(ZoneId z) {
        return Clock.offset(base.withZone(z), offset.get());
    }
}
