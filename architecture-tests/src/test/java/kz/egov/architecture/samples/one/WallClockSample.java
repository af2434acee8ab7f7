package kz.egov.architecture.samples.one;

import java.time.Clock;
import java.time.Instant;

import kz.egov.architecture.samples.two.OtherServiceType;

/** Breaks the rules on purpose: reads the wall clock, makes a system clock, uses another "service"'s class. */
public class WallClockSample {

    public Instant at() {
        return Instant.now();
    }

    public long millis() {
        return System.currentTimeMillis();
    }

    public Clock clock() {
        return Clock.systemUTC();
    }

    public OtherServiceType other() {
        return new OtherServiceType();
    }
}
