package kz.egov.gateway.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import kz.egov.contract.envelope.Envelope;
import kz.egov.contract.envelope.EnvelopeCodec;
import kz.egov.contract.envelope.Envelopes;
import kz.egov.contract.envelope.MessageType;
import kz.egov.contract.envelope.SealInput;
import kz.egov.contract.message.Applicant;
import kz.egov.contract.message.Channel;
import kz.egov.contract.message.PersonRecord;
import kz.egov.contract.message.ServiceRequest;
import kz.egov.contract.message.SignerRole;
import kz.egov.contract.message.Submitter;
import kz.egov.contract.seal.Sealer;
import kz.egov.contract.topic.Topics;
import kz.egov.eds.cms.Pkcs12Sealer;
import kz.egov.eds.verify.EdsVerifier;
import kz.egov.reference.Population;
import kz.egov.testinfra.EgovInfrastructureResource;
import kz.egov.testinfra.SharedInfrastructure;
import kz.egov.testinfra.TestPeople;
import kz.egov.testinfra.TestPki;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The gateway's throughput benchmark (not a timed test: it prints figures and asserts only that every request was
 * answered). Run with {@code bench/gateway.sh [requests]}. Pre-signs N portal requests from a pool of citizens (keys
 * issued once), pushes them through the running gateway at full speed over the real broker, and measures accepted
 * requests per second and the latency from send to the technical receipt; in the same run measures the cryptographic
 * work each request needs (verify the sender's seal and the person's signature, make the counter-seals) on all cores,
 * and prints the ratio of the two.
 */
@QuarkusTest
@Tag("bench")
@QuarkusTestResource(value = EgovInfrastructureResource.class, restrictToAnnotatedClass = false)
class GatewayBenchmark {

    @Inject
    EdsVerifier verifier;

    @Inject
    kz.egov.platform.pki.Sealers sealers;

    @Inject
    kz.egov.platform.messaging.OutboxSealing sealing;

    @Test
    void pushPreSignedRequestsThroughTheGateway() throws Exception {
        int n = Integer.getInteger("bench.requests", 2000);
        int warmUp = Math.max(50, Math.min(300, n / 5));
        List<Envelope> all = preSign(n + warmUp);
        List<Envelope> envelopes = all.subList(warmUp, all.size());
        Sealer gatewaySealer = key("gateway");

        // warm-up of the whole path (JIT, connection pools, caches) with requests of its own
        run(all.subList(0, warmUp));
        long signaturesBefore = sealers.signaturesMade();
        long sealedBefore = sealing.envelopesSealed();
        Result e2e = run(envelopes);
        double envelopesPerSeal = (double) (sealing.envelopesSealed() - sealedBefore)
                / Math.max(1, sealers.signaturesMade() - signaturesBefore);
        double crypto = cryptoRate(envelopes, gatewaySealer, envelopesPerSeal);
        double ratio = e2e.rate() / crypto;
        String json = String.format(java.util.Locale.ROOT,
                "{\"requests\":%d,\"requestsPerSecond\":%.1f,\"p50Millis\":%.1f,\"p99Millis\":%.1f,"
                        + "\"cryptoBoundRequestsPerSecond\":%.1f,\"ratio\":%.3f,\"cores\":%d,"
                        + "\"envelopesPerSeal\":%.1f}",
                n, e2e.rate(), e2e.p50(), e2e.p99(), crypto, ratio, Runtime.getRuntime().availableProcessors(),
                envelopesPerSeal);
        System.out.println("[gateway-bench] " + json);
        Path out = Path.of(System.getProperty("egov.root", ".."), "target", "bench");
        Files.createDirectories(out);
        Files.writeString(out.resolve("gateway.json"), json + "\n");
    }

    record Result(double rate, double p50, double p99) {
    }

    private Result run(List<Envelope> envelopes) throws Exception {
        Map<String, Long> sentAt = new ConcurrentHashMap<>();
        Map<String, Long> answeredAt = new ConcurrentHashMap<>();
        try (KafkaConsumer<String, byte[]> consumer = consumer(); KafkaProducer<String, byte[]> producer = producer()) {
            consumer.subscribe(List.of(Topics.TO_PORTAL));
            while (consumer.assignment().isEmpty()) {
                consumer.poll(Duration.ofMillis(100));
            }
            long start = System.nanoTime();
            for (Envelope e : envelopes) {
                ProducerRecord<String, byte[]> r = new ProducerRecord<>(Topics.TO_GATEWAY, e.correlationId(),
                        EnvelopeCodec.encode(e));
                r.headers().add(Topics.HEADER_MESSAGE_ID, e.messageId().getBytes(StandardCharsets.UTF_8));
                sentAt.put(e.correlationId(), System.nanoTime());
                producer.send(r);
            }
            producer.flush();
            long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
            while (answeredAt.size() < envelopes.size() && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(100)).forEach(r -> {
                    Envelope e = EnvelopeCodec.decode(r.value());
                    if (sentAt.containsKey(e.correlationId())) {
                        // only an acceptance counts: a benchmark of refusals would measure something else
                        if (e.type() != MessageType.TECHNICAL_RECEIPT) {
                            throw new AssertionError("request " + e.correlationId() + " was answered " + e.type() + ": "
                                    + new String(e.body(), StandardCharsets.UTF_8));
                        }
                        answeredAt.putIfAbsent(e.correlationId(), System.nanoTime());
                    }
                });
            }
            if (answeredAt.size() < envelopes.size()) {
                throw new AssertionError("only " + answeredAt.size() + " of " + envelopes.size() + " answered");
            }
            long end = answeredAt.values().stream().mapToLong(Long::longValue).max().orElseThrow();
            double[] latencies = answeredAt.entrySet().stream()
                    .mapToDouble(en -> (en.getValue() - sentAt.get(en.getKey())) / 1e6).sorted().toArray();
            return new Result(envelopes.size() / ((end - start) / 1e9), percentile(latencies, 0.5),
                    percentile(latencies, 0.99));
        }
    }

    /**
     * The cryptography the gateway did for these requests, done again alone on all cores with a fresh verifier (no
     * remembered signatures): verify each sender seal (the same batch seal is computed once, as in the gateway) and
     * each citizen's signature, and make the gateway's own seals — two envelopes per request (the forward and the
     * receipt), sealed in batches of the size the gateway's relay actually made in the run.
     */
    private double cryptoRate(List<Envelope> envelopes, Sealer gatewaySealer, double envelopesPerSeal) throws Exception {
        int cores = Runtime.getRuntime().availableProcessors();
        ExecutorService pool = Executors.newFixedThreadPool(cores);
        AtomicLong done = new AtomicLong();
        int batch = Math.max(1, (int) Math.round(envelopesPerSeal / 2));
        // what the gateway sends for each request (the forward and the receipt), made before the clock starts: only
        // their sealing is cryptography
        List<Envelope> outgoing = new ArrayList<>(envelopes.size() * 2);
        for (Envelope e : envelopes) {
            outgoing.add(Envelopes.forwardUnsealed("gateway", "ec-4310", EnvelopeCodec.encode(e), Map.of(), Instant.now()));
            outgoing.add(Envelopes.unsealed("gateway", "portal", MessageType.TECHNICAL_RECEIPT, e.serviceCode(),
                    e.correlationId(), e.messageId(), e.body(), null, Instant.now()));
        }
        try (EdsVerifier fresh = EdsVerifier.create(verifier.config())) {
            // certificate paths and OCSP answers are looked up once per signer in the gateway too: warm them, so
            // the clock measures signature work, not the first network round trip to the НУЦ
            kz.egov.eds.cms.BcCmsProvider cms = new kz.egov.eds.cms.BcCmsProvider();
            java.util.Set<String> signers = new java.util.HashSet<>();
            for (Envelope e : envelopes) {
                for (byte[] signature : List.of(e.seal(), e.personSignature())) {
                    byte[] cert = cms.open(signature).signerCertificateDer();
                    if (signers.add(java.util.HexFormat.of().formatHex(SealInput.sha256(cert)))) {
                        fresh.checkCertificate(cert, Instant.now(), kz.egov.contract.message.SignerRole.SYSTEM);
                    }
                }
            }
            long start = System.nanoTime();
            List<Future<?>> work = new ArrayList<>();
            int chunk = (envelopes.size() + cores - 1) / cores;
            for (int t = 0; t < cores; t++) {
                int from0 = Math.min(envelopes.size(), t * chunk);
                int to0 = Math.min(envelopes.size(), (t + 1) * chunk);
                work.add(pool.submit(() -> {
                    for (int from = from0; from < to0; from += batch) {
                        int to = Math.min(to0, from + batch);
                        for (Envelope e : envelopes.subList(from, to)) {
                            Envelopes.verifySeal(e, fresh.forRole(kz.egov.contract.message.SignerRole.SYSTEM), Instant.now());
                            fresh.verify(e.body(), e.personSignature(), Instant.now(),
                                    kz.egov.contract.message.SignerRole.CITIZEN);
                        }
                        Envelopes.sealAll(gatewaySealer, outgoing.subList(2 * from, 2 * to));
                        done.addAndGet(to - from);
                    }
                }));
            }
            for (Future<?> f : work) {
                f.get();
            }
            pool.shutdown();
            return done.get() / ((System.nanoTime() - start) / 1e9);
        }
    }

    private static List<Envelope> preSign(int n) {
        Population population = Population.standard();
        List<PersonRecord> citizens = new ArrayList<>();
        List<TestPeople.PersonKey> keys = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            PersonRecord p = population.nth(Population.livingIn("43"), 200 + i);
            citizens.add(p);
            keys.add(TestPeople.citizen(p));
        }
        Sealer portal = key("portal");
        List<Envelope> unsealed = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            PersonRecord p = citizens.get(i % citizens.size());
            ServiceRequest request = new ServiceRequest(UUID.randomUUID().toString(), "JOB_SEEKER_REGISTRATION",
                    Channel.PORTAL, new Applicant(p.iin(), p.surname(), p.givenName(), p.patronymic(), null, null),
                    new Submitter(SignerRole.CITIZEN, p.iin(), null), JsonNodeFactory.instance.objectNode(), List.of(),
                    "ru", Instant.now(), null, null);
            byte[] document = EnvelopeCodec.encode(request);
            unsealed.add(Envelopes.unsealed("portal", "gateway", MessageType.SERVICE_REQUEST, request.serviceCode(),
                    request.requestId(), null, document, keys.get(i % keys.size()).sign(document), Instant.now()));
        }
        // as the portal's outbox relay does: one batch seal per 50 envelopes
        List<Envelope> out = new ArrayList<>(n);
        for (int from = 0; from < n; from += 50) {
            out.addAll(Envelopes.sealAll(portal, unsealed.subList(from, Math.min(n, from + 50))));
        }
        return out;
    }

    private static Sealer key(String participant) {
        return Pkcs12Sealer.systemSeal(TestPki.get().pki().keyFile(participant),
                TestPki.KEY_PASSWORD.toCharArray());
    }

    private static double percentile(double[] sorted, double q) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)];
    }

    private static KafkaConsumer<String, byte[]> consumer() {
        // the operators' super-user: a group of its own beside the portal's
        Properties c = new Properties();
        c.putAll(SharedInfrastructure.get().kafkaClient(kz.egov.testinfra.KafkaTls.OPERATOR));
        c.putAll(Map.of(ConsumerConfig.GROUP_ID_CONFIG, "bench-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest",
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "2000",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName()));
        return new KafkaConsumer<>(c);
    }

    private static KafkaProducer<String, byte[]> producer() {
        // the portal's deployment, as the portal sends
        Properties p = new Properties();
        p.putAll(SharedInfrastructure.get().kafkaClient(kz.egov.contract.topic.Deployment.PORTAL_ADAPTER.id()));
        p.putAll(Map.of(ProducerConfig.LINGER_MS_CONFIG, "5",
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName()));
        return new KafkaProducer<>(p);
    }
}
