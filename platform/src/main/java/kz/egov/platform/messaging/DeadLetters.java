package kz.egov.platform.messaging;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import io.quarkus.narayana.jta.QuarkusTransaction;
import kz.egov.contract.reason.ReasonCode;
import kz.egov.contract.topic.Topics;

/**
 * Messages that could not be processed, each kept with its reason code, announced on the dead-letter topic, and
 * replayable onto their original topic.
 */
@ApplicationScoped
public class DeadLetters {

    private final EntityManager em;
    private final Outbox outbox;

    DeadLetters(EntityManager em, Outbox outbox) {
        this.em = em;
        this.outbox = outbox;
    }

    /** A stored dead letter. */
    public record DeadLetter(long id, String messageId, String topic, String key, ReasonCode reason, String detail,
            Instant receivedAt, Instant replayedAt, int size) {
    }

    /**
     * Stores the message with its reason in a transaction of its own — once per message: a message delivered again
     * (a sender's relay republishing after a crash, offsets not yet committed) while its dead letter waits unreplayed
     * is not stored twice. A message without an id cannot be recognised and is always stored.
     */
    public void record(InboundMessage message, ReasonCode reason, String detail) {
        QuarkusTransaction.requiringNew().run(() -> {
            String insert = "INSERT INTO dead_letter (message_id, topic, message_key, payload, reason_code, detail) "
                    + "SELECT ?1, ?2, ?3, ?4, ?5, ?6"
                    + (message.messageId() == null ? "" : " WHERE NOT EXISTS (SELECT 1 FROM dead_letter "
                            + "WHERE message_id = ?1 AND topic = ?2 AND replayed_at IS NULL)")
                    + " RETURNING id";
            List<?> stored = em.createNativeQuery(insert)
                    .setParameter(1, message.messageId()).setParameter(2, message.topic()).setParameter(3, message.key())
                    .setParameter(4, message.payload()).setParameter(5, reason.code()).setParameter(6, detail)
                    .getResultList();
            if (stored.isEmpty()) {
                return; // kept already, and already published to the dead-letter topic
            }
            outbox.enqueue("dead-letter-" + message.topic() + "-" + ((Number) stored.get(0)).longValue(),
                    Topics.DEAD_LETTER, message.key() == null ? "none" : message.key(), message.payload());
        });
    }

    @SuppressWarnings("unchecked")
    public List<DeadLetter> list(int limit) {
        List<Object[]> rows = em.createNativeQuery("SELECT id, message_id, topic, message_key, reason_code, detail, "
                + "received_at, replayed_at, length(payload) FROM dead_letter ORDER BY id DESC LIMIT ?1")
                .setParameter(1, limit).getResultList();
        return rows.stream().map(DeadLetters::toDeadLetter).toList();
    }

    public long count() {
        return ((Number) em.createNativeQuery("SELECT count(*) FROM dead_letter").getSingleResult()).longValue();
    }

    /**
     * Puts a dead letter back on its original topic with its original message id, so it is processed again (after
     * whatever made it fail was fixed). Must be called in a transaction.
     */
    public boolean replay(long id) {
        List<?> rows = em.createNativeQuery("SELECT message_id, topic, message_key, payload FROM dead_letter "
                + "WHERE id = ?1 FOR UPDATE").setParameter(1, id).getResultList();
        if (rows.isEmpty()) {
            return false;
        }
        Object[] row = (Object[]) rows.get(0);
        String messageId = row[0] == null ? "replay-" + id : (String) row[0];
        outbox.enqueue("replay-" + id + "-" + System.nanoTime(), (String) row[1],
                row[2] == null ? messageId : (String) row[2], (byte[]) row[3], messageId);
        em.createNativeQuery("UPDATE dead_letter SET replayed_at = now() WHERE id = ?1").setParameter(1, id)
                .executeUpdate();
        return true;
    }

    private static DeadLetter toDeadLetter(Object[] r) {
        return new DeadLetter(((Number) r[0]).longValue(), (String) r[1], (String) r[2], (String) r[3],
                ReasonCode.valueOf((String) r[4]), (String) r[5], toInstant(r[6]), toInstant(r[7]),
                ((Number) r[8]).intValue());
    }

    private static Instant toInstant(Object o) {
        if (o == null) {
            return null;
        }
        if (o instanceof Instant i) {
            return i;
        }
        if (o instanceof java.time.OffsetDateTime odt) {
            return odt.toInstant();
        }
        return ((java.sql.Timestamp) o).toInstant();
    }
}
