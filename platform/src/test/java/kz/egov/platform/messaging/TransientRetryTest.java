package kz.egov.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

/** A message whose processing fails: what may pass is retried for ten minutes with back-off, the rest is final. */
class TransientRetryTest {

    private final AtomicLong now = new AtomicLong(1_000);
    private final TransientRetry retry = new TransientRetry(TransientRetry.LIMIT, now::get);

    private void after(Duration elapsed) {
        now.set(1_000 + elapsed.toNanos());
    }

    @Test
    void aDatabaseRestartingIsRetriedForTenMinutesAndThenGivenUp() {
        RuntimeException restarting = new IllegalStateException("cannot commit",
                new SQLException("terminating connection due to administrator command", "57P01"));
        assertThat(retry.givesUp(restarting)).isFalse();
        after(Duration.ofMinutes(9).plusSeconds(59));
        assertThat(retry.givesUp(restarting)).isFalse();
        after(Duration.ofMinutes(10).plusMillis(1));
        assertThat(retry.givesUp(restarting)).as("after ten minutes it becomes a dead letter").isTrue();
    }

    @Test
    void aLostConnectionAndADeadlockMayPass() {
        assertThat(retry.givesUp(new RuntimeException(new SQLTransientConnectionException("gone")))).isFalse();
        assertThat(retry.givesUp(new RuntimeException(new SQLException("deadlock detected", "40P01")))).isFalse();
    }

    @Test
    void aFailureThatWillNotPassIsFinalAtOnce() {
        assertThat(retry.givesUp(new NullPointerException("a bug"))).isTrue();
        assertThat(retry.givesUp(new RuntimeException(new SQLException("duplicate key", "23505")))).isTrue();
    }

    @Test
    void theBackOffDoublesFromAQuarterSecondToTenSeconds() {
        List<Long> waits = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            waits.add(retry.nextBackoffMillis());
        }
        assertThat(waits).containsExactly(250L, 500L, 1_000L, 2_000L, 4_000L, 8_000L, 10_000L, 10_000L, 10_000L);
    }
}
