package kz.egov.testinfra;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

import kz.egov.contract.envelope.Envelope;
import kz.egov.contract.envelope.EnvelopeCodec;
import kz.egov.contract.envelope.Envelopes;
import kz.egov.contract.envelope.MessageType;
import kz.egov.contract.seal.Sealer;
import kz.egov.contract.topic.Deployment;
import kz.egov.contract.topic.Topics;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * A participant played by a test: it seals with its real system key from the test PKI, sends to the gateway over the
 * real broker and collects what the gateway sends to it, as the real service would.
 */
public final class TestParticipant implements AutoCloseable {

    private final String id;
    private final Sealer sealer;
    private final KafkaProducer<String, byte[]> producer;
    private final List<Envelope> received = new CopyOnWriteArrayList<>();
    private final Thread poller;
    private volatile boolean running = true;

    /** A participant of the reference data (or the gateway), on its deployment's broker certificate. */
    public TestParticipant(String id, String inboundTopic) {
        this(id, inboundTopic, deploymentOf(id));
    }

    /**
     * A participant on {@code deployment}'s broker certificate: it may write and read only what that deployment may
     * (a portal's test participant cannot write to egov.to-portal). It reads {@code inboundTopic} from its end without
     * a consumer group (partitions assigned, not subscribed), so it takes nothing away from the service's own group.
     */
    public TestParticipant(String id, String inboundTopic, Deployment deployment) {
        this(id, TestPki.get().pki().sealer(id), inboundTopic, deployment);
    }

    /**
     * A participant sealing with {@code sealer} (e.g. one the reference data does not know, whose key a test keeps
     * outside every deployment's directory), on {@code deployment}'s broker certificate.
     */
    public TestParticipant(String id, Sealer sealer, String inboundTopic, Deployment deployment) {
        this.id = id;
        this.sealer = sealer;
        Map<String, Object> client = SharedInfrastructure.get().kafkaClient(deployment.id());
        Properties p = new Properties();
        p.putAll(client);
        p.putAll(Map.of(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName()));
        this.producer = new KafkaProducer<>(p);
        Properties c = new Properties();
        c.putAll(client);
        c.putAll(Map.of(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false"));
        KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(c);
        List<TopicPartition> partitions = consumer.partitionsFor(inboundTopic, Duration.ofSeconds(30)).stream()
                .map(info -> new TopicPartition(info.topic(), info.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        // fix the positions now, before the test sends anything, so nothing addressed to us is missed
        partitions.forEach(tp -> consumer.position(tp, Duration.ofSeconds(30)));
        this.poller = new Thread(() -> poll(consumer), "test-participant-" + id);
        poller.setDaemon(true);
        poller.start();
    }

    /** The deployment hosting a participant: the gateway's, or the one hosting its kind in the reference data. */
    public static Deployment deploymentOf(String participantId) {
        return kz.egov.reference.Hosting.deploymentOf(participantId);
    }

    private void poll(KafkaConsumer<String, byte[]> consumer) {
        try (consumer) {
            while (running) {
                consumer.poll(Duration.ofMillis(100)).forEach(r -> {
                    Envelope e = EnvelopeCodec.decode(r.value());
                    if (e.recipient().equals(id)) {
                        received.add(e);
                    }
                });
            }
        }
    }

    public String id() {
        return id;
    }

    public Sealer sealer() {
        return sealer;
    }

    /** Seals a message to the gateway and sends it; returns the envelope sent. */
    public Envelope send(MessageType type, String serviceCode, String correlationId, String causationId, Object body,
            byte[] personSignature) {
        return sendBytes(type, serviceCode, correlationId, causationId, EnvelopeCodec.encode(body), personSignature);
    }

    public Envelope sendBytes(MessageType type, String serviceCode, String correlationId, String causationId, byte[] body,
            byte[] personSignature) {
        Envelope e = Envelopes.sealBytes(sealer, id, "gateway", type, serviceCode, correlationId, causationId, body,
                personSignature, Instant.now());
        publish(e);
        return e;
    }

    /** Publishes an envelope as it is (also a tampered or foreign one) to the gateway. */
    public void publish(Envelope e) {
        publishTo(Topics.TO_GATEWAY, e);
    }

    /**
     * Plays the gateway's hop (for a test participant with id {@code gateway}): forwards an original envelope to a
     * service's topic with an enrichment, sealed with this participant's key.
     */
    public Envelope forward(String topic, String recipient, Envelope original, Object enrichment) {
        Envelope e = Envelopes.forward(sealer, id, recipient, EnvelopeCodec.encode(original), enrichment, Instant.now());
        publishTo(topic, e);
        return e;
    }

    /** Seals a new message from this participant to a recipient and publishes it on a topic. */
    public Envelope sendTo(String topic, String recipient, MessageType type, String serviceCode, String correlationId,
            String causationId, Object body) {
        Envelope e = Envelopes.seal(sealer, id, recipient, type, serviceCode, correlationId, causationId, body, null,
                Instant.now());
        publishTo(topic, e);
        return e;
    }

    /** Publishes an envelope on any topic. */
    public void publishTo(String topic, Envelope e) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, e.correlationId(), EnvelopeCodec.encode(e));
        record.headers().add(Topics.HEADER_MESSAGE_ID, e.messageId().getBytes(StandardCharsets.UTF_8));
        try {
            producer.send(record).get();
        } catch (Exception ex) {
            throw new IllegalStateException(ex);
        }
    }

    /** Waits for a message addressed to this participant that matches. */
    public Envelope await(Predicate<Envelope> condition, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            for (Envelope e : received) {
                if (condition.test(e)) {
                    return e;
                }
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new AssertionError(id + " received no matching message in " + timeout + "; got " + received);
    }

    public Envelope await(String requestId, MessageType type) {
        return await(e -> e.correlationId().equals(requestId) && e.type() == type, Duration.ofSeconds(30));
    }

    public List<Envelope> received() {
        return List.copyOf(received);
    }

    @Override
    public void close() {
        running = false;
        producer.close();
    }
}
