package kz.egov.testinfra;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * A test that spends a rate limit ({@link Flood}): the service's clock stands still while it floods, so no token comes
 * back in between and the allowance it proves is exact; the clock is the system's again after it.
 */
public abstract class FloodTest {

    @Inject
    protected TestClock clock;

    @BeforeEach
    void stopTheClock() {
        clock.stopAt(clock.instant());
    }

    @AfterEach
    void resetTheClock() {
        clock.reset();
    }
}
