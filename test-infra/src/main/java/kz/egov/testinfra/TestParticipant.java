package kz.egov.testinfra;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

import kz.egov.contract.envelope.Envelope;
import kz.egov.contract.envelope.EnvelopeCodec;
import kz.egov.contract.envelope.Envelopes;
import kz.egov.contract.envelope.MessageType;
import kz.egov.contract.seal.Sealer;
import kz.egov.contract.topic.Topics;
import kz.egov.eds.cms.Pkcs12Sealer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
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

    public TestParticipant(String id, String inboundTopic) {
        this.id = id;
        TestPki pki = TestPki.get();
        this.sealer = Pkcs12Sealer.systemSeal(pki.pki().keysDir().resolve(id + ".p12"), TestPki.KEY_PASSWORD.toCharArray());
        String bootstrap = SharedInfrastructure.get().bootstrapServers();
        Properties p = new Properties();
        p.putAll(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName()));
        this.producer = new KafkaProducer<>(p);
        Properties c = new Properties();
        c.putAll(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG, "test-" + id + "-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName()));
        KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(c);
        consumer.subscribe(List.of(inboundTopic));
        // join the group before the test sends anything, so nothing addressed to us is missed
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (consumer.assignment().isEmpty() && System.nanoTime() < deadline) {
            consumer.poll(Duration.ofMillis(100));
        }
        this.poller = new Thread(() -> poll(consumer), "test-participant-" + id);
        poller.setDaemon(true);
        poller.start();
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
