package kz.egov.mio.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

import kz.egov.mio.config.MioConfig;
import org.junit.jupiter.api.Test;

/** The workflow clock reads the plain clock it is built on, moved by its offset; the plain clock never moves. */
class WorkflowClockTest {

    static final Instant NOW = Instant.parse("2026-03-02T04:00:00Z");

    @Test
    void itIsThePlainClockPlusTheConfiguredOffsetAndMovesOnItsOwn() {
        Clock plain = Clock.fixed(NOW, ZoneOffset.UTC);
        WorkflowClock clock = new WorkflowClock(plain, config(Duration.ofHours(2)));
        assertThat(clock.instant()).isEqualTo(NOW.plus(Duration.ofHours(2)));
        assertThat(clock.millis()).isEqualTo(NOW.plus(Duration.ofHours(2)).toEpochMilli());
        assertThat(clock.getZone()).isEqualTo(MioConfig.ZONE);

        clock.shift(Duration.ofDays(-7));
        assertThat(clock.offset()).isEqualTo(Duration.ofHours(2).minusDays(7));
        assertThat(clock.instant()).isEqualTo(NOW.plus(Duration.ofHours(2)).minus(Duration.ofDays(7)));
        assertThat(clock.withZone(ZoneOffset.UTC).instant()).isEqualTo(clock.instant());
        assertThat(plain.instant()).as("the plain clock is not moved").isEqualTo(NOW);

        clock.reset();
        assertThat(clock.offset()).isZero();
        assertThat(clock.instant()).isEqualTo(NOW);
    }

    private static MioConfig config(Duration offset) {
        MioConfig.Mio mio = new MioConfig.Mio() {
            @Override
            public Optional<String> seedOfficerPassword() {
                return Optional.empty();
            }

            @Override
            public Duration sessionTtl() {
                return Duration.ofHours(8);
            }

            @Override
            public int maxFailedSignIns() {
                return 5;
            }

            @Override
            public Duration lockDuration() {
                return Duration.ofMinutes(15);
            }

            @Override
            public Duration clockOffset() {
                return offset;
            }

            @Override
            public Duration metricsInterval() {
                return Duration.ofSeconds(30);
            }
        };
        return () -> mio;
    }
}
