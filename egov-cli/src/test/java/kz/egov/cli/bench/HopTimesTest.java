package kz.egov.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

class HopTimesTest {

    private static final String BEFORE = """
            # HELP egov_inbound_queue_seconds
            egov_inbound_queue_seconds_count 100.0
            egov_inbound_queue_seconds_sum 10.0
            egov_inbound_queue_seconds_max 0.9
            egov_inbound_batch_size_count 10.0
            egov_inbound_batch_size_sum 100.0
            egov_inbound_batch_seconds_count{stage="prepare",} 10.0
            egov_inbound_batch_seconds_sum{stage="prepare",} 0.1
            egov_inbound_batch_seconds_count{stage="process",} 10.0
            egov_inbound_batch_seconds_sum{stage="process",} 0.4
            egov_outbox_delay_seconds_count 50.0
            egov_outbox_delay_seconds_sum 5.0
            egov_crypto_operations_total{operation="seal_signature",} 3.0
            """;

    private static final String AFTER = """
            egov_inbound_queue_seconds_count 300.0
            egov_inbound_queue_seconds_sum 70.0
            egov_inbound_batch_size_count 20.0
            egov_inbound_batch_size_sum 300.0
            egov_inbound_batch_seconds_count{stage="prepare",} 20.0
            egov_inbound_batch_seconds_sum{stage="prepare",} 0.3
            egov_inbound_batch_seconds_count{stage="process",} 20.0
            egov_inbound_batch_seconds_sum{stage="process",} 1.2
            egov_outbox_delay_seconds_count 150.0
            egov_outbox_delay_seconds_sum 25.0
            """;

    @Test
    void readsTheServicesTimersWithQuarkusLabelsAndNothingElse() {
        Map<String, Double> values = HopTimes.parse(BEFORE);
        assertThat(values).containsEntry("egov_inbound_batch_seconds_sum{stage=\"prepare\"}", 0.1)
                .containsEntry("egov_inbound_queue_seconds_count", 100.0)
                .doesNotContainKey("egov_inbound_queue_seconds_max")
                .noneSatisfy((k, v) -> assertThat(k).startsWith("egov_crypto"));
    }

    @Test
    void reportsMeansOverWhatHappenedBetweenTwoSnapshots() {
        HopTimes.Snapshot before = new HopTimes.Snapshot(Map.of("gateway-router", HopTimes.parse(BEFORE)));
        HopTimes.Snapshot after = new HopTimes.Snapshot(Map.of("gateway-router", HopTimes.parse(AFTER)));
        // 200 messages in 10 batches; waited 60 s / 200; work (0.2 + 0.8) s / 200; outbox 20 s / 100
        assertThat(HopTimes.table("test", before, after))
                .contains("| gateway-router | 200 | 20.0 | 300 | 5.0 | 200 |");
    }

    @Test
    void leavesOutAServiceThatReceivedNothing() {
        HopTimes.Snapshot same = new HopTimes.Snapshot(Map.of("labour-market-registry", HopTimes.parse(BEFORE)));
        assertThat(HopTimes.table("test", same, same)).doesNotContain("labour-market-registry");
    }
}
