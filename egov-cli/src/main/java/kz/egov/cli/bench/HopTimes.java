package kz.egov.cli.bench;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the time of a run went in each service, from the services' own timers: how long an inbound record waited
 * between its sender's producer and this service (Kafka plus this service's backlog), the batches it was taken in,
 * the work per message (preparation outside the transaction plus the transaction), and how long an outgoing message
 * waited in the outbox from its transaction's start until the broker acknowledged it (sealing included).
 */
final class HopTimes {

    /** The counters of every service at one moment: service name → metric line key → value. */
    record Snapshot(Map<String, Map<String, Double>> services) {
    }

    private static final Pattern LINE = Pattern.compile(
            "^(egov_(?:inbound|outbox)_[a-z_]+?(?:_count|_sum))(\\{[^}]*\\})?\\s+([0-9.eE+-]+)$", Pattern.MULTILINE);

    private HopTimes() {
    }

    /** {@code managementUrls}: each service's management interface, by service name. */
    static Snapshot scrape(Map<String, String> managementUrls) {
        Map<String, Map<String, Double>> all = new LinkedHashMap<>();
        managementUrls.forEach((name, url) -> all.put(name, parse(CryptoWork.prometheusText(url))));
        return new Snapshot(all);
    }

    /** The egov_inbound_* and egov_outbox_* counts and sums of one service's Prometheus text, by name and labels. */
    static Map<String, Double> parse(String prometheusText) {
        Map<String, Double> values = new LinkedHashMap<>();
        Matcher m = LINE.matcher(prometheusText);
        while (m.find()) {
            // Quarkus writes labels with a trailing comma: {stage="prepare",}
            String labels = m.group(2) == null ? "" : m.group(2).replace(",}", "}");
            values.merge(m.group(1) + labels, Double.parseDouble(m.group(3)), Double::sum);
        }
        return values;
    }

    /** A markdown table of what happened between two snapshots. */
    static String table(String title, Snapshot before, Snapshot after) {
        StringBuilder s = new StringBuilder();
        s.append("Where the time went (").append(title).append("; means, from the services' timers):\n\n");
        s.append("| service | messages in | per batch | waited in Kafka ms | work per message ms | outbox wait ms |\n");
        s.append("|---|---|---|---|---|---|\n");
        after.services().forEach((name, now) -> {
            Map<String, Double> then = before.services().getOrDefault(name, Map.of());
            double in = delta(now, then, "egov_inbound_queue_seconds_count");
            if (in == 0) {
                return;
            }
            double batches = delta(now, then, "egov_inbound_batch_size_count");
            double work = delta(now, then, "egov_inbound_batch_seconds_sum{stage=\"prepare\"}")
                    + delta(now, then, "egov_inbound_batch_seconds_sum{stage=\"process\"}");
            double out = delta(now, then, "egov_outbox_delay_seconds_count");
            s.append(String.format(Locale.ROOT, "| %s | %.0f | %.1f | %.0f | %.1f | %s |%n", name, in,
                    batches == 0 ? 0 : in / batches, 1000 * delta(now, then, "egov_inbound_queue_seconds_sum") / in,
                    1000 * work / in, out == 0 ? "–" : String.format(Locale.ROOT, "%.0f",
                            1000 * delta(now, then, "egov_outbox_delay_seconds_sum") / out)));
        });
        return s.append('\n').toString();
    }

    private static double delta(Map<String, Double> now, Map<String, Double> then, String key) {
        return now.getOrDefault(key, 0.0) - then.getOrDefault(key, 0.0);
    }
}
