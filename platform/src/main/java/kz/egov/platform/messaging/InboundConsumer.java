package kz.egov.platform.messaging;

import java.time.Clock;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import kz.egov.contract.reason.ReasonCode;
import kz.egov.contract.reason.RejectedException;
import kz.egov.contract.topic.Topics;
import kz.egov.platform.persistence.AppendOnlyInserts;
import kz.egov.platform.persistence.DeferredEntities;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.header.Header;
import org.jboss.logging.Logger;

/**
 * Takes the service's inbound topic in batches: one transaction per batch (inbox + the service's handler + its
 * outbox, append-only rows and new entities held for the batch, each written as one JDBC batch at the end), falling
 * back to one transaction per message when the batch fails (counted: {@code egov_inbound_batches_split_total}), so one
 * bad message never holds up the others. A refused message becomes a dead letter with its reason; a failure that may
 * be transient (the database restarting) is retried with back-off, and the records are committed on Kafka only after
 * they are processed.
 */
@ApplicationScoped
public class InboundConsumer {

    private static final Logger LOG = Logger.getLogger(InboundConsumer.class);

    private final InboundHandler handler;
    private final Inbox inbox;
    private final Outbox outbox;
    private final DeadLetters deadLetters;
    private final AppendOnlyInserts inserts;
    private final DeferredEntities entities;
    private final MeterRegistry metrics;
    private final EntityManager em;
    private final Clock clock;

    InboundConsumer(InboundHandler handler, Inbox inbox, Outbox outbox, DeadLetters deadLetters,
            AppendOnlyInserts inserts, DeferredEntities entities, MeterRegistry metrics, EntityManager em, Clock clock) {
        this.handler = handler;
        this.inbox = inbox;
        this.outbox = outbox;
        this.deadLetters = deadLetters;
        this.inserts = inserts;
        this.entities = entities;
        this.metrics = metrics;
        this.em = em;
        this.clock = clock;
    }

    /** One poll's records, called by {@link InboundPoller} on its thread. */
    public void consume(ConsumerRecords<String, byte[]> records) {
        List<InboundMessage> batch = new ArrayList<>(records.count());
        for (ConsumerRecord<String, byte[]> r : records) {
            batch.add(new InboundMessage(r.topic(), r.key(), header(r, Topics.HEADER_MESSAGE_ID), r.value()));
        }
        if (batch.isEmpty()) {
            return;
        }
        recordQueueTime(records);
        long prepareStart = System.nanoTime();
        try {
            handler.prepare(batch);
        } catch (RuntimeException ignored) {
            // preparation is an optimisation; handle() does the work again and reports what is wrong
        }
        long processStart = System.nanoTime();
        stage("prepare").record(processStart - prepareStart, TimeUnit.NANOSECONDS);
        metrics.summary("egov_inbound_batch_size").record(batch.size());
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                outbox.deferUntilFlush();
                inserts.deferUntilFlush();
                entities.deferUntilFlush();
                java.util.Set<String> fresh = inbox.firstSeen(batch);
                handler.begin(batch.stream().filter(m -> fresh.contains(m.messageId())).toList());
                batch.forEach(m -> processOne(m, fresh));
                handler.end();
                entities.flush();
                inserts.flush();
                outbox.flush();
            });
        } catch (RuntimeException batchFailure) {
            LOG.warnf("inbound batch of %d failed (%s); processing its messages one by one", batch.size(),
                    rootCause(batchFailure));
            metrics.counter("egov_inbound_batches_split_total").increment();
            batch.forEach(this::processAlone);
        }
        stage("process").record(System.nanoTime() - processStart, TimeUnit.NANOSECONDS);
    }

    /** From the sender's producer handing a record to Kafka until this service starts on it. */
    private void recordQueueTime(ConsumerRecords<String, byte[]> records) {
        long now = clock.millis();
        Timer queue = metrics.timer("egov_inbound_queue_seconds");
        for (ConsumerRecord<String, byte[]> r : records) {
            queue.record(Math.max(0, now - r.timestamp()), TimeUnit.MILLISECONDS);
        }
    }

    /** Time one inbound batch spends in a stage: prepare (outside the transaction) and process (the transaction). */
    private Timer stage(String name) {
        return metrics.timer("egov_inbound_batch_seconds", "stage", name);
    }

    private void processAlone(InboundMessage message) {
        TransientRetry retry = TransientRetry.startingNow();
        for (int attempt = 1; ; attempt++) {
            try {
                QuarkusTransaction.requiringNew().run(() -> processOne(message));
                return;
            } catch (RuntimeException failure) {
                if (failure instanceof RejectedException refused && !refused.isTransient()) {
                    deadLetter(message, refused.reason(), refused.detail());
                    return;
                }
                if (retry.givesUp(failure) && tryDeadLetter(message, failure)) {
                    if (!Failures.isTransient(failure)) {
                        LOG.error("inbound " + message.messageId() + " failed", failure);
                    }
                    return;
                }
                long backoff = retry.nextBackoffMillis();
                LOG.warnf("inbound %s: attempt %d failed (%s); retrying in %d ms", message.messageId(), attempt,
                        failure, backoff);
                sleep(backoff);
            }
        }
    }

    private void processOne(InboundMessage message) {
        requireId(message);
        process(message, inbox.firstSeen(message.messageId(), message.topic()));
    }

    /**
     * In a batch: the batch's ids were recorded at once; {@code fresh} holds those seen for the first time. Each
     * message's entities are flushed and let go before the next one: otherwise every later flush in the batch would
     * dirty-check every entity of the earlier messages (documents and envelopes of kilobytes each), a cost that grows
     * with the square of the batch.
     */
    private void processOne(InboundMessage message, java.util.Set<String> fresh) {
        requireId(message);
        process(message, fresh.remove(message.messageId()));
        em.flush();
        em.clear();
    }

    private static void requireId(InboundMessage message) {
        if (message.messageId() == null || message.messageId().isBlank()) {
            throw new RejectedException(ReasonCode.MSG_UNPARSEABLE, "no " + Topics.HEADER_MESSAGE_ID + " header");
        }
    }

    private void process(InboundMessage message, boolean firstSeen) {
        if (!firstSeen) {
            metrics.counter("egov_messages_in_total", "topic", message.topic(), "outcome", "duplicate").increment();
            return;
        }
        handler.handle(message);
        metrics.counter("egov_messages_in_total", "topic", message.topic(), "outcome", "processed").increment();
    }

    private boolean tryDeadLetter(InboundMessage message, RuntimeException failure) {
        try {
            if (failure instanceof RejectedException refused) {
                // a refusal that may pass, still not passed when the retries ran out (e.g. no OCSP answer for ten
                // minutes): kept with its own reason, to be replayed once it passes
                deadLetter(message, refused.reason(), refused.detail());
            } else {
                deadLetter(message, ReasonCode.INTERNAL_ERROR, failure.toString());
            }
            return true;
        } catch (RuntimeException databaseDown) {
            return false;
        }
    }

    private void deadLetter(InboundMessage message, ReasonCode reason, String detail) {
        deadLetters.record(message, reason, detail);
        metrics.counter("egov_messages_in_total", "topic", message.topic(), "outcome", "dead_letter").increment();
        metrics.counter("egov_dead_letters_total", "reason", reason.code()).increment();
        LOG.warnf("inbound %s on %s: dead letter %s (%s)", message.messageId(), message.topic(), reason.code(), detail);
    }

    private static String rootCause(Throwable t) {
        Throwable c = t;
        while (c.getCause() != null && c.getCause() != c) {
            c = c.getCause();
        }
        return c == t ? t.toString() : t.getClass().getSimpleName() + " ← " + c;
    }

    private static String header(ConsumerRecord<String, byte[]> r, String name) {
        Header h = r.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
