package kz.egov.cli.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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

    /** One round: its requests, and the CPU per request meanwhile: the JIT compilers' and the whole stack's. */
    record Round(int number, int requests, double jitMillisPerRequest, double cpuMillisPerRequest) {
    }

    /** What the warm-up did: its rounds and whether the compilers settled before the limit. */
    record Result(List<Round> rounds, boolean settled) {

        int requests() {
            return rounds.stream().mapToInt(Round::requests).sum();
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

    /** Runs one round of {@code size} requests and reports it. */
    interface Rounds {
        Round run(int number, int size);
    }

    /** Rounds until one leaves the JIT compilers at or below {@code settledJitMillis} per request, or the limit. */
    static Result run(Rounds rounds, int maxRequests, int roundSize, double settledJitMillis) {
        List<Round> done = new ArrayList<>();
        int sent = 0;
        while (sent < maxRequests) {
            int size = Math.min(roundSize, maxRequests - sent);
            Round round = rounds.run(done.size() + 1, size);
            done.add(round);
            sent += size;
            if (round.jitMillisPerRequest() <= settledJitMillis) {
                return new Result(done, true);
            }
        }
        return new Result(done, false);
    }

    /** Each component's CPU ms per request, shortly: "portal-adapter 1.62, PostgreSQL 3.10, …". */
    static String byComponent(Map<String, Double> cpu) {
        StringBuilder b = new StringBuilder();
        cpu.forEach((component, ms) -> {
            if (!CpuUse.JIT.equals(component)) {
                b.append(b.length() == 0 ? "" : ", ").append(component).append(String.format(Locale.ROOT, " %.2f", ms));
            }
        });
        return b.toString();
    }

    /** The bench's rounds: drafts made, then submitted at full speed, the JIT compilers' CPU read from /proc. */
    static Rounds atFullSpeed(IntFunction<List<PreparedRequest>> drafts, int clients, StackLayout layout,
            List<String> components, PrintStream out) {
        return (number, size) -> {
            List<PreparedRequest> round = drafts.apply(size);
            CpuUse.Snapshot start = CpuUse.take(layout, components);
            AtomicReference<CpuUse.Snapshot> end = new AtomicReference<>();
            Phase phase = Phase.run("warm-up round " + number, round, 0, clients, out,
                    () -> end.set(CpuUse.take(layout, components)));
            Map<String, Double> cpu = CpuUse.perRequest(start, end.get(), size);
            double jit = cpu.getOrDefault(CpuUse.JIT, 0.0);
            double all = cpu.values().stream().mapToDouble(Double::doubleValue).sum();
            out.println(phase.summary() + String.format(Locale.ROOT,
                    "; CPU %.2f ms per request, of it the JIT compilers %.2f (%s)", all, jit, byComponent(cpu)));
            return new Round(number, phase.sent(), jit, all);
        };
    }
}
