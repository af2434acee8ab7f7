package kz.egov.cli.chaos;

import java.time.Duration;

/**
 * A fault run: how many requests, at what rate, from how many citizens; how many of them the officers of
 * {@code registrationProvider} take through registration (so REGISTER_JOB_SEEKER reaches the registry under faults);
 * how long the broker and PostgreSQL stay down; how long to wait for the system to settle afterwards.
 */
record ChaosOptions(int requests, double rate, int citizens, int registrations, Duration brokerDown,
        Duration postgresDown, Duration settleTimeout, boolean faults) {

    /** Kyzylorda city's employment centre (V06: registrar, head, executor). */
    static final String REGISTRATION_PROVIDER = "ec-4310";
    static final String REGISTRATION_DISTRICT = "43101";

    ChaosOptions {
        if (requests < 1 || rate <= 0 || citizens < 1 || registrations < 0) {
            throw new IllegalArgumentException("requests, rate and citizens must be positive, registrations >= 0");
        }
    }

    static int defaultCitizens(int requests) {
        return Math.max(10, Math.min(requests, requests / 10));
    }
}
