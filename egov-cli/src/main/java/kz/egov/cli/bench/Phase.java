package kz.egov.cli.bench;

import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * One run of the benchmark: its requests submitted (paced or at full speed), then followed until ИС МИО registered
 * them and «поступившие» reached the cabinet. Rates and latencies come from the services' timestamps.
 */
record Phase(String name, double pacedRate, int sent, int accepted, Map<String, Long> notAccepted,
        double acceptedPerSecond, int registered, double registeredPerSecond, Map<String, Long> refused, int missing,
        double p50Millis, double p95Millis, double p99Millis, double maxMillis, double seconds) {

    static Phase run(String name, List<PreparedRequest> requests, double rate, int clients, PrintStream out) {
        return run(name, requests, rate, clients, out, () -> { });
    }

    /** As {@link #run}; {@code drained} runs when the backlog has drained, before the cabinet is read per request. */
    static Phase run(String name, List<PreparedRequest> requests, double rate, int clients, PrintStream out,
            Runnable drained) {
        out.printf("%s: %d requests %s%n", name, requests.size(),
                rate > 0 ? String.format(Locale.ROOT, "at %.0f/s", rate) : "at full speed (" + clients + " clients)");
        List<LoadDriver.Submitted> sent = rate > 0 ? LoadDriver.paced(requests, rate, clients)
                : LoadDriver.fullSpeed(requests, clients);
        List<LoadDriver.Submitted> ok = sent.stream().filter(LoadDriver.Submitted::accepted)
                .sorted(java.util.Comparator.comparingLong(LoadDriver.Submitted::sentNanos)).toList();
        Map<String, Long> notAccepted = sent.stream().filter(s -> !s.accepted())
                .collect(Collectors.groupingBy(s -> s.status() + " " + s.code(), TreeMap::new, Collectors.counting()));
        long firstNanos = sent.stream().mapToLong(LoadDriver.Submitted::sentNanos).min().orElse(0);
        long lastAnswer = ok.stream().mapToLong(LoadDriver.Submitted::answeredNanos).max().orElse(firstNanos);
        long firstMillis = sent.stream().mapToLong(LoadDriver.Submitted::sentAtMillis).min().orElse(0);

        Map<String, Arrivals.Arrival> arrivals = Arrivals.await(ok, Duration.ofMinutes(10), drained);
        Map<String, Long> refused = arrivals.values().stream().filter(a -> a.refusal() != null)
                .collect(Collectors.groupingBy(Arrivals.Arrival::refusal, TreeMap::new, Collectors.counting()));
        List<LoadDriver.Submitted> registered = ok.stream()
                .filter(s -> arrivals.containsKey(s.request().requestId())
                        && arrivals.get(s.request().requestId()).registeredAtProvider() != null).toList();
        long lastRegistered = registered.stream()
                .mapToLong(s -> arrivals.get(s.request().requestId()).registeredAtProvider().toEpochMilli()).max()
                .orElse(firstMillis);
        double[] latencies = registered.stream()
                .mapToDouble(s -> arrivals.get(s.request().requestId()).inCabinet().toEpochMilli() - s.sentAtMillis())
                .sorted().toArray();
        int missing = ok.size() - arrivals.size();
        double acceptedRate = ok.isEmpty() ? 0 : ok.size() / ((lastAnswer - firstNanos) / 1e9);
        double registeredRate = registered.isEmpty() ? 0 : registered.size() / ((lastRegistered - firstMillis) / 1e3);
        return new Phase(name, rate, sent.size(), ok.size(), notAccepted, acceptedRate, registered.size(),
                registeredRate, refused, missing, percentile(latencies, 0.50), percentile(latencies, 0.95),
                percentile(latencies, 0.99), latencies.length == 0 ? 0 : latencies[latencies.length - 1],
                (lastRegistered - firstMillis) / 1e3);
    }

    String summary() {
        return String.format(Locale.ROOT, "  %s: sent %d, accepted %d (%.1f/s at the portal), registered at ИС МИО %d "
                + "(%.1f/s), «поступившие» in the cabinet p50 %.0f ms, p95 %.0f ms, p99 %.0f ms, max %.0f ms%s%s%s",
                name, sent, accepted, acceptedPerSecond, registered, registeredPerSecond, p50Millis, p95Millis,
                p99Millis, maxMillis, notAccepted.isEmpty() ? "" : "; not accepted " + notAccepted,
                refused.isEmpty() ? "" : "; refused " + refused, missing == 0 ? "" : "; NOT ARRIVED " + missing);
    }

    private static double percentile(double[] sorted, double q) {
        if (sorted.length == 0) {
            return 0;
        }
        return sorted[Math.min(sorted.length - 1, Math.max(0, (int) Math.ceil(q * sorted.length) - 1))];
    }
}
