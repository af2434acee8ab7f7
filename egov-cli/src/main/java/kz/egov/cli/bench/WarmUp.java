package kz.egov.cli.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntFunction;

import kz.egov.cli.stack.StackLayout;

/**
 * The bench's warm-up: rounds of requests at full speed, not measured, until the services' JIT compilers have
 * settled — spend at most {@code settledJitMillis} of CPU per request in a round — or {@code maxRequests} were sent.
 * Five fresh JVMs on two cores keep compiling for tens of thousands of requests (docs/performance.md, session 8), and
 * a service in operation runs for weeks; the measured runs are meant to see that steady state, so the warm-up stops
 * on what the compilers do rather than after a fixed count. Each round's drafts are made just before it.
 */
final class WarmUp {

    /** One round: how it ran and the JIT compilers' CPU per request meanwhile. */
    record Round(int number, Phase phase, double jitMillisPerRequest) {
    }

    /** What the warm-up did: its rounds and whether the compilers settled before the limit. */
    record Result(List<Round> rounds, boolean settled) {

        int requests() {
            return rounds.stream().mapToInt(r -> r.phase().sent()).sum();
        }

        /** E.g. "25000 requests in 5 rounds; the JIT compilers settled: 0.31 ms per request in the last". */
        String describe() {
            if (rounds.isEmpty()) {
                return "none";
            }
            return String.format(Locale.ROOT, "%d requests in %d rounds; the JIT compilers %s: %.2f ms per request in "
                    + "the last", requests(), rounds.size(), settled ? "settled" : "had NOT settled at the limit",
                    rounds.get(rounds.size() - 1).jitMillisPerRequest());
        }
    }

    private WarmUp() {
    }

    static Result run(IntFunction<List<PreparedRequest>> drafts, int maxRequests, int roundSize,
            double settledJitMillis, int clients, StackLayout layout, List<String> components, PrintStream out) {
        List<Round> rounds = new ArrayList<>();
        int sent = 0;
        while (sent < maxRequests) {
            int size = Math.min(roundSize, maxRequests - sent);
            List<PreparedRequest> round = drafts.apply(size);
            CpuUse.Snapshot start = CpuUse.take(layout, components);
            AtomicReference<CpuUse.Snapshot> end = new AtomicReference<>();
            Phase phase = Phase.run("warm-up round " + (rounds.size() + 1), round, 0, clients, out,
                    () -> end.set(CpuUse.take(layout, components)));
            double jit = CpuUse.perRequest(start, end.get(), size).getOrDefault(CpuUse.JIT, 0.0);
            out.println(phase.summary() + String.format(Locale.ROOT, "; JIT compilers %.2f ms per request", jit));
            rounds.add(new Round(rounds.size() + 1, phase, jit));
            sent += size;
            if (jit <= settledJitMillis) {
                return new Result(rounds, true);
            }
        }
        return new Result(rounds, false);
    }
}
