package kz.egov.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The warm-up stops on what the JIT compilers do, not after a fixed count; and never beyond its limit. */
class WarmUpTest {

    /** Rounds that report the given JIT figures in turn, remembering the sizes asked for. */
    private static final class Scripted implements WarmUp.Rounds {
        final double[] jit;
        final List<Integer> sizes = new ArrayList<>();

        Scripted(double... jit) {
            this.jit = jit;
        }

        @Override
        public WarmUp.Round run(int number, int size) {
            sizes.add(size);
            return new WarmUp.Round(number, size, jit[number - 1], 8.0);
        }
    }

    @Test
    void itEndsAfterTheFirstRoundInWhichTheCompilersSettled() {
        Scripted rounds = new Scripted(7.1, 2.7, 1.3, 0.4, 0.2);
        WarmUp.Result result = WarmUp.run(rounds, 40_000, 5_000, 0.5);
        assertThat(result.settled()).isTrue();
        assertThat(rounds.sizes).containsExactly(5_000, 5_000, 5_000, 5_000);
        assertThat(result.requests()).isEqualTo(20_000);
        assertThat(result.describe()).isEqualTo(
                "20000 requests in 4 rounds; the JIT compilers settled: 0.40 ms per request in the last");
    }

    @Test
    void itStopsAtItsLimitAndSaysTheCompilersHadNotSettled() {
        Scripted rounds = new Scripted(7.1, 2.7, 1.3);
        WarmUp.Result result = WarmUp.run(rounds, 12_000, 5_000, 0.5);
        assertThat(result.settled()).isFalse();
        assertThat(rounds.sizes).containsExactly(5_000, 5_000, 2_000);
        assertThat(result.describe()).contains("had NOT settled");
    }

    @Test
    void aWarmUpOfNoneRunsNoRound() {
        Scripted rounds = new Scripted();
        WarmUp.Result result = WarmUp.run(rounds, 0, 5_000, 0.5);
        assertThat(rounds.sizes).isEmpty();
        assertThat(result.describe()).isEqualTo("none");
    }

    @Test
    void eachRoundNamesWhatEachComponentSpentButTheCompilersSeparately() {
        java.util.Map<String, Double> cpu = new java.util.LinkedHashMap<>();
        cpu.put("portal-adapter", 1.623);
        cpu.put(CpuUse.JIT, 0.35);
        cpu.put("PostgreSQL", 3.1);
        assertThat(WarmUp.byComponent(cpu))
                .isEqualTo("portal-adapter 1.62, PostgreSQL 3.10");
    }
}
