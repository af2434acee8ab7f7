package kz.egov.platform.messaging;

import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import org.hibernate.Session;

/**
 * The transactional outbox: a message is written in the same transaction as the state it announces, and the
 * {@link OutboxRelay} publishes it after commit. Nothing is sent for a transaction that rolls back.
 */
@ApplicationScoped
public class Outbox {

    private final EntityManager em;
    private final TransactionSynchronizationRegistry transactions;
    private final OutboxRelay relay;

    Outbox(EntityManager em, TransactionSynchronizationRegistry transactions, OutboxRelay relay) {
        this.em = em;
        this.transactions = transactions;
        this.relay = relay;
    }

    /** Queues a message; must be called inside a transaction. */
    public void enqueue(String messageId, String topic, String key, byte[] payload) {
        enqueue(messageId, topic, key, payload, messageId);
    }

    /** Queues a publication with its own delivery id (e.g. a replay) of a message with the given message id. */
    public void enqueue(String deliveryId, String topic, String key, byte[] payload, String messageId) {
        insert(deliveryId, topic, key, payload, messageId, null);
    }

    /**
     * Queues an envelope still to be sealed: the relay seals it as {@code sealAs} when it publishes, batches of them
     * in parallel, so signing never holds up the transaction that decided to send it.
     */
    public void enqueueToSeal(String messageId, String topic, String key, byte[] unsealedEnvelope, String sealAs) {
        insert(messageId, topic, key, unsealedEnvelope, messageId, sealAs);
    }

    /** A row waiting for {@link #flush()}. */
    private record Row(String deliveryId, String messageId, String topic, String key, byte[] payload, String sealAs) {
    }

    private static final Object PENDING = new Object();
    private static final Object WAKE_UP = new Object();

    /**
     * From now until {@link #flush()} in this transaction, rows are collected instead of written one statement each:
     * the inbound consumer does this around a batch, so a batch's outbox rows cost one JDBC batch.
     */
    public void deferUntilFlush() {
        if (transactions.getResource(PENDING) == null) {
            transactions.putResource(PENDING, new ArrayList<Row>());
        }
    }

    /** Writes the rows collected since {@link #deferUntilFlush()} as one JDBC batch, in the current transaction. */
    @SuppressWarnings("unchecked")
    public void flush() {
        List<Row> rows = (List<Row>) transactions.getResource(PENDING);
        if (rows == null || rows.isEmpty()) {
            return;
        }
        em.unwrap(Session.class).doWork(c -> {
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO outbox_message (delivery_id, message_id, "
                    + "topic, message_key, payload, seal_as) VALUES (?, ?, ?, ?, ?, ?)")) {
                for (Row r : rows) {
                    insert.setString(1, r.deliveryId());
                    insert.setString(2, r.messageId());
                    insert.setString(3, r.topic());
                    insert.setString(4, r.key());
                    insert.setBytes(5, r.payload());
                    insert.setString(6, r.sealAs());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
        rows.clear();
    }

    @SuppressWarnings("unchecked")
    private void insert(String deliveryId, String topic, String key, byte[] payload, String messageId, String sealAs) {
        List<Row> deferred = (List<Row>) transactions.getResource(PENDING);
        if (deferred != null) {
            deferred.add(new Row(deliveryId, messageId, topic, key, payload, sealAs));
        } else {
            em.createNativeQuery("INSERT INTO outbox_message (delivery_id, message_id, topic, message_key, payload, "
                    + "seal_as) VALUES (?1, ?2, ?3, ?4, ?5, ?6)").setParameter(1, deliveryId).setParameter(2, messageId)
                    .setParameter(3, topic).setParameter(4, key).setParameter(5, payload).setParameter(6, sealAs)
                    .executeUpdate();
        }
        if (transactions.getResource(WAKE_UP) == null) {
            transactions.putResource(WAKE_UP, Boolean.TRUE);
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    if (status == Status.STATUS_COMMITTED) {
                        relay.wakeUp();
                    }
                }
            });
        }
    }

    public long pending() {
        return ((Number) em.createNativeQuery("SELECT count(*) FROM outbox_message WHERE published_at IS NULL")
                .getSingleResult()).longValue();
    }

    public long published() {
        return ((Number) em.createNativeQuery("SELECT count(*) FROM outbox_message WHERE published_at IS NOT NULL")
                .getSingleResult()).longValue();
    }
}
