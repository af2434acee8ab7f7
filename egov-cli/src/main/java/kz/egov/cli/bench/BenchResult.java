package kz.egov.cli.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * The benchmark's figures: the full-speed rate registered at ИС МИО (end to end), the paced run's latencies, the
 * cryptography per request and the rate it alone allows on all cores, and their ratio; where the time and the CPU
 * went ({@link HopTimes}, {@link CpuUse}).
 */
record BenchResult(WarmUp.Result warmUp, Phase full, Phase paced, CryptoWork.Counts work, CryptoWork.UnitRates units, int cores,
        String hops, Map<String, Double> cpuMillisPerRequest) {

    double sealsPerRequest() {
        return work.seals() / Math.max(1, full.registered());
    }

    double verificationsPerRequest() {
        return work.verifications() / Math.max(1, full.registered());
    }

    /** Requests per second the measured cryptography alone would allow on all cores. */
    double cryptoBound() {
        double secondsPerRequest = sealsPerRequest() / units.sealsPerSecond()
                + verificationsPerRequest() / units.verificationsPerSecond();
        return 1 / secondsPerRequest;
    }

    Map<String, Object> json() {
        Phase latencyRun = paced != null ? paced : full;
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("requests", full.sent());
        m.put("requestsPerSecond", round(full.registeredPerSecond()));
        m.put("acceptedAtPortalPerSecond", round(full.acceptedPerSecond()));
        m.put("p50Millis", round(latencyRun.p50Millis()));
        m.put("p95Millis", round(latencyRun.p95Millis()));
        m.put("p99Millis", round(latencyRun.p99Millis()));
        m.put("latencyAtRequestsPerSecond", paced != null ? paced.pacedRate() : null);
        m.put("cryptoBoundRequestsPerSecond", round(cryptoBound()));
        m.put("ratio", Math.round(full.registeredPerSecond() / cryptoBound() * 1000) / 1000.0);
        m.put("cores", cores);
        m.put("sealSignaturesPerRequest", round(sealsPerRequest()));
        m.put("signatureVerificationsPerRequest", round(verificationsPerRequest()));
        m.put("sealsPerSecondAllCores", round(units.sealsPerSecond()));
        m.put("verificationsPerSecondAllCores", round(units.verificationsPerSecond()));
        Map<String, Double> cpu = new LinkedHashMap<>();
        cpuMillisPerRequest.forEach((k, v) -> cpu.put(k, Math.round(v * 100) / 100.0));
        m.put("cpuMillisPerRequestAtFullSpeed", cpu);
        m.put("warmUpRequests", warmUp.requests());
        m.put("warmUpSettled", warmUp.settled());
        m.put("fullSpeed", full);
        m.put("paced", paced);
        m.put("measuredAt", Instant.now().toString());
        return m;
    }

    void write(Path dir, PrintStream out) {
        try {
            Files.createDirectories(dir);
            ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
            Files.writeString(dir.resolve("results.json"), json.writeValueAsString(json()) + "\n");
            Files.writeString(dir.resolve("results.md"), markdown());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.println();
        out.print(markdown());
        out.println("written: " + dir.resolve("results.json") + ", " + dir.resolve("results.md"));
    }

    String markdown() {
        StringBuilder s = new StringBuilder();
        s.append("## egov bench, ").append(Instant.now()).append(", ").append(cores).append(" cores\n\n");
        s.append("| run | sent | accepted/s at the portal | registered/s at ИС МИО | «поступившие» p50 / p95 / p99 ms |\n");
        s.append("|---|---|---|---|---|\n");
        for (Phase p : new Phase[] {paced, full}) {
            if (p != null) {
                s.append(String.format(Locale.ROOT, "| %s%s | %d | %.1f | %.1f | %.0f / %.0f / %.0f |%n", p.name(),
                        p.pacedRate() > 0 ? String.format(Locale.ROOT, " (%.0f/s)", p.pacedRate()) : "", p.sent(),
                        p.acceptedPerSecond(), p.registeredPerSecond(), p.p50Millis(), p.p95Millis(), p.p99Millis()));
            }
        }
        s.append("\nWarm-up before them (full speed, not measured): ").append(warmUp.describe()).append(".\n");
        s.append(String.format(Locale.ROOT, "%nCryptography per request along the path (counted by the services): "
                + "%.2f seal signatures, %.2f signature verifications; on all cores %.0f seals/s, %.0f full "
                + "verifications/s → crypto-bound **%.0f requests/s**; end to end / crypto-bound = **%.3f**.%n%n",
                sealsPerRequest(), verificationsPerRequest(), units.sealsPerSecond(), units.verificationsPerSecond(),
                cryptoBound(), full.registeredPerSecond() / cryptoBound()));
        s.append(hops);
        return s.toString();
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
