package kz.egov.testinfra;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import kz.egov.contract.envelope.Envelope;
import kz.egov.contract.envelope.EnvelopeCodec;
import kz.egov.contract.topic.Topics;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;

/** Envelopes as one poll's records of a topic, to hand a service's inbound consumer a batch of exactly these. */
public final class InboundBatches {

    private InboundBatches() {
    }

    public static ConsumerRecords<String, byte[]> of(String topic, Envelope... envelopes) {
        List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
        long offset = 1_000_000;
        for (Envelope e : envelopes) {
            RecordHeaders headers = new RecordHeaders();
            headers.add(Topics.HEADER_MESSAGE_ID, e.messageId().getBytes(StandardCharsets.UTF_8));
            byte[] value = EnvelopeCodec.encode(e);
            records.add(new ConsumerRecord<>(topic, 0, offset++, System.currentTimeMillis(), TimestampType.CREATE_TIME,
                    -1, value.length, e.correlationId(), value, headers, Optional.empty()));
        }
        return new ConsumerRecords<>(Map.of(new TopicPartition(topic, 0), records), Map.of());
    }
}
