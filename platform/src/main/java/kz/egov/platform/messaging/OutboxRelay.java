package kz.egov.platform.messaging;

import java.time.Clock;
import java.nio.charset.StandardCharsets;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import kz.egov.platform.config.PlatformConfig;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import kz.egov.contract.topic.Topics;
import kz.egov.platform.persistence.NativeRows;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;
import org.hibernate.Session;
import org.jboss.logging.Logger;

/**
 * Publishes committed outbox messages to Kafka in batches, in order, and marks them published once the broker
 * acknowledged them (at least once on the wire; receivers' inboxes make the effect exactly once).
 *
 * <p>The "published" mark of one round is written in the transaction that reads the next round's rows (one transaction
 * per round instead of two); when nothing new comes, the next poll, at most {@code egov.outbox.poll-interval-ms} later,
 * writes it. A crash before the mark only republishes.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    private final MutinyEmitter<byte[]> emitter;
    private final EntityManager em;
    private final OutboxSealing sealer;
    private final MeterRegistry metrics;
    private final Clock clock;
    private final int batchSize;
    private final long pollIntervalMillis;
    /**
     * How long the relay, woken from rest by a commit, waits for more messages before it reads (0: not at all). Below
     * saturation every commit would otherwise make a round of its own, each with a seal to sign, a produce request, and
     * at the receiver a seal to verify, a fetch and a transaction; a round of several costs the same.
     */
    private final long lingerMillis;

    OutboxRelay(@Channel("outbound") @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 4096)
            MutinyEmitter<byte[]> emitter, EntityManager em, OutboxSealing sealer, MeterRegistry metrics, Clock clock,
            PlatformConfig config) {
        this.emitter = emitter;
        this.em = em;
        this.sealer = sealer;
        this.metrics = metrics;
        this.clock = clock;
        this.batchSize = config.outbox().batchSize();
        this.pollIntervalMillis = config.outbox().pollIntervalMs();
        this.lingerMillis = config.outbox().lingerMs();
    }

    private final Semaphore signal = new Semaphore(0);
    /** Ids the broker acknowledged whose "published" mark the next round writes; touched by the relay thread only. */
    private final List<Long> acknowledged = new ArrayList<>();
    private volatile boolean running;
    private Thread worker;

    void start(@Observes StartupEvent event) {
        running = true;
        worker = new Thread(this::loop, "outbox-relay");
        worker.setDaemon(true);
        worker.start();
    }

    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        running = false;
        signal.release();
        if (worker != null) {
            worker.join(5000);
        }
    }

    /** Called after a transaction that wrote to the outbox commits. */
    public void wakeUp() {
        if (signal.availablePermits() == 0) {
            signal.release();
        }
    }

    private void loop() {
        long backoff = 100;
        while (running) {
            try {
                int sent = publishBatch();
                backoff = 100;
                if (sent < batchSize) {
                    if (signal.tryAcquire(pollIntervalMillis, TimeUnit.MILLISECONDS) && lingerMillis > 0) {
                        Thread.sleep(lingerMillis);
                    }
                    signal.drainPermits();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Exception e) {
                if (!running) {
                    return;
                }
                LOG.warnf("outbox relay: %s; retrying in %d ms", e.getMessage(), backoff);
                sleep(backoff);
                backoff = Math.min(backoff * 2, 5000);
            }
        }
        markAcknowledgedOnStop();
    }

    /** On shutdown the last round's mark is written (best effort: if it fails, those messages are published again). */
    private void markAcknowledgedOnStop() {
        if (acknowledged.isEmpty()) {
            return;
        }
        try {
            QuarkusTransaction.requiringNew().run(this::markAcknowledged);
        } catch (RuntimeException e) {
            LOG.debugf("outbox relay: the last %d marks not written (%s); they are published again", acknowledged.size(),
                    e.toString());
        }
    }

    /**
     * One batch: mark the previous round's messages published and read the oldest unpublished rows (one transaction),
     * seal those waiting for a seal, send them and wait for the broker's acknowledgements; their mark goes with the next
     * round's read. The sending happens outside any database transaction (a transaction must never span the producer's
     * threads); a crash between sending and marking only republishes, and receivers' inboxes drop the repeats.
     */
    @SuppressWarnings("unchecked")
    private int publishBatch() throws Exception {
        long readStart = System.nanoTime();
        List<Object[]> rows = QuarkusTransaction.requiringNew().call(() -> {
            markAcknowledged();
            return unpublished();
        });
        acknowledged.clear();
        stage("read").record(System.nanoTime() - readStart, TimeUnit.NANOSECONDS);
        if (rows.isEmpty()) {
            return 0;
        }
        long sealStart = System.nanoTime();
        sealer.sealPending(rows);
        long sendStart = System.nanoTime();
        stage("seal").record(sendStart - sealStart, TimeUnit.NANOSECONDS);
        List<CompletableFuture<Void>> acks = new ArrayList<>(rows.size());
        List<Long> ids = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            ids.add(((Number) row[0]).longValue());
            RecordHeaders headers = new RecordHeaders();
            headers.add(Topics.HEADER_MESSAGE_ID, ((String) row[1]).getBytes(StandardCharsets.UTF_8));
            Message<byte[]> message = Message.of((byte[]) row[4]).addMetadata(OutgoingKafkaRecordMetadata.<String>builder()
                    .withTopic((String) row[2]).withKey((String) row[3]).withHeaders(headers).build());
            acks.add(emitter.sendMessage(message).subscribeAsCompletionStage());
        }
        CompletableFuture.allOf(acks.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);
        stage("send").record(System.nanoTime() - sendStart, TimeUnit.NANOSECONDS);
        acknowledged.addAll(ids);
        long now = clock.millis();
        Timer delay = metrics.timer("egov_outbox_delay_seconds");
        rows.forEach(r -> delay.record(Math.max(0, now - ((Number) r[6]).longValue()), TimeUnit.MILLISECONDS));
        return rows.size();
    }

    /**
     * Marks the previous round's messages published. The mark's commit does not wait for the disk
     * ({@code synchronous_commit} off for this transaction only): a mark lost in a crash of PostgreSQL only publishes
     * those messages again, and their receivers' inboxes drop the repeats; every other commit stays durable.
     */
    private void markAcknowledged() {
        if (!acknowledged.isEmpty()) {
            em.unwrap(Session.class).doWork(c -> {
                try (Statement s = c.createStatement()) {
                    s.execute("SET LOCAL synchronous_commit TO OFF");
                }
            });
            em.createNativeQuery("UPDATE outbox_message SET published_at = now() WHERE id = ANY(?1)")
                    .setParameter(1, acknowledged.toArray(Long[]::new)).executeUpdate();
        }
    }

    /**
     * The oldest unpublished rows as {@code [id, message_id, topic, message_key, payload, seal_as, created_at]}. The
     * payload is read only where it is needed: a row this process queued and still remembers is sealed from memory
     * (its payload is filled in by the sealing), so the big envelope columns are not read back from storage.
     */
    @SuppressWarnings("unchecked")
    private List<Object[]> unpublished() {
        List<Object[]> rows = NativeRows.list(em, "SELECT id, message_id, topic, message_key, CAST(NULL AS BYTEA), "
                + "seal_as, CAST(EXTRACT(EPOCH FROM created_at) * 1000 AS BIGINT) FROM outbox_message "
                + "WHERE published_at IS NULL ORDER BY id LIMIT ?1", batchSize);
        Map<Long, Object[]> unread = new HashMap<>();
        for (Object[] row : rows) {
            if (row[5] == null || !sealer.remembers((String) row[1])) {
                unread.put(((Number) row[0]).longValue(), row);
            }
        }
        if (!unread.isEmpty()) {
            List<Object[]> payloads = em.createNativeQuery("SELECT id, payload FROM outbox_message WHERE id = ANY(?1)")
                    .setParameter(1, unread.keySet().toArray(Long[]::new)).getResultList();
            payloads.forEach(p -> unread.get(((Number) p[0]).longValue())[4] = p[1]);
        }
        return rows;
    }

    /** Time the relay spends per batch in one stage (seal, send, mark), for finding where a message waits. */
    private Timer stage(String name) {
        return metrics.timer("egov_outbox_relay_seconds", "stage", name);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
