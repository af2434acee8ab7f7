package kz.egov.testinfra.kafka;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import kz.egov.testinfra.SharedInfrastructure;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/** Short-lived clients of the tests' broker, failing fast, for the broker's access tests. */
final class BrokerClients {

    private BrokerClients() {
    }

    /** As {@code principal} (a deployment's id or the operator), with its certificate. */
    static Map<String, Object> as(String principal) {
        return fast(SharedInfrastructure.get().kafkaClient(principal));
    }

    static Map<String, Object> fast(Map<String, Object> config) {
        Map<String, Object> c = new HashMap<>(config);
        c.put(CommonClientConfigs.DEFAULT_API_TIMEOUT_MS_CONFIG, 10_000);
        c.put(CommonClientConfigs.REQUEST_TIMEOUT_MS_CONFIG, 5_000);
        c.put(CommonClientConfigs.RECONNECT_BACKOFF_MAX_MS_CONFIG, 500);
        return c;
    }

    /** Sends one record to {@code topic} and waits for the broker's answer (throws what the broker refused). */
    static void send(Map<String, Object> config, String topic) throws Exception {
        Map<String, Object> p = new HashMap<>(config);
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        p.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000);
        p.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 10_000);
        p.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000);
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(p)) {
            producer.send(new ProducerRecord<>(topic, "probe".getBytes())).get();
        }
    }

    /** Joins {@code group} and polls {@code topic} once (throws what the broker refused). */
    static void readInGroup(Map<String, Object> config, String topic, String group) {
        try (KafkaConsumer<byte[], byte[]> consumer = consumer(config, group)) {
            consumer.subscribe(List.of(topic));
            consumer.poll(Duration.ofSeconds(5));
        }
    }

    /** Reads {@code topic}'s partition 0 without a group (throws what the broker refused). */
    static void readWithoutGroup(Map<String, Object> config, String topic) {
        try (KafkaConsumer<byte[], byte[]> consumer = consumer(config, null)) {
            var partition = new org.apache.kafka.common.TopicPartition(topic, 0);
            consumer.assign(List.of(partition));
            consumer.seekToBeginning(List.of(partition));
            consumer.poll(Duration.ofSeconds(5));
        }
    }

    /**
     * Asks the broker for {@code topic}'s partitions, giving up after 5 s (throws what the broker refused, or a
     * timeout when it never answered: a connection it closed at once, before any request).
     */
    static void topicMetadata(Map<String, Object> config, String topic) {
        KafkaConsumer<byte[], byte[]> consumer = consumer(config, null);
        try {
            consumer.partitionsFor(topic, Duration.ofSeconds(5));
        } finally {
            consumer.close(Duration.ZERO);
        }
    }

    private static KafkaConsumer<byte[], byte[]> consumer(Map<String, Object> config, String group) {
        Map<String, Object> c = new HashMap<>(config);
        if (group != null) {
            c.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        }
        c.put(ConsumerConfig.CLIENT_ID_CONFIG, "access-test-" + UUID.randomUUID());
        c.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        c.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        c.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        c.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        return new KafkaConsumer<>(c);
    }
}
