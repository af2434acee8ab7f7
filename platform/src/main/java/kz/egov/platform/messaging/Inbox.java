package kz.egov.platform.messaging;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.hibernate.Session;

/** Ids of messages already processed: a repeated message id is acknowledged and changes nothing. */
@ApplicationScoped
public class Inbox {

    private final EntityManager em;

    Inbox(EntityManager em) {
        this.em = em;
    }

    /** Records the id in the current transaction; false when it was processed before. */
    public boolean firstSeen(String messageId, String topic) {
        int inserted = em.createNativeQuery(
                "INSERT INTO inbox_message (message_id, topic) VALUES (?1, ?2) ON CONFLICT (message_id) DO NOTHING")
                .setParameter(1, messageId).setParameter(2, topic).executeUpdate();
        return inserted == 1;
    }

    /**
     * Records the ids of a whole batch in one statement, in the current transaction; returns those not processed
     * before (each once, even when the batch holds it twice).
     */
    public Set<String> firstSeen(List<InboundMessage> batch) {
        List<InboundMessage> withId = batch.stream().filter(m -> m.messageId() != null && !m.messageId().isBlank())
                .toList();
        Set<String> fresh = new HashSet<>();
        if (withId.isEmpty()) {
            return fresh;
        }
        em.unwrap(Session.class).doWork(c -> {
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO inbox_message (message_id, topic) "
                    + "SELECT * FROM unnest(?::varchar[], ?::varchar[]) ON CONFLICT (message_id) DO NOTHING "
                    + "RETURNING message_id")) {
                insert.setArray(1, c.createArrayOf("varchar", withId.stream().map(InboundMessage::messageId).toArray()));
                insert.setArray(2, c.createArrayOf("varchar", withId.stream().map(InboundMessage::topic).toArray()));
                try (ResultSet rs = insert.executeQuery()) {
                    while (rs.next()) {
                        fresh.add(rs.getString(1));
                    }
                }
            }
        });
        return fresh;
    }

    public boolean contains(String messageId) {
        return !em.createNativeQuery("SELECT 1 FROM inbox_message WHERE message_id = ?1")
                .setParameter(1, messageId).getResultList().isEmpty();
    }

    public long count() {
        return ((Number) em.createNativeQuery("SELECT count(*) FROM inbox_message").getSingleResult()).longValue();
    }
}
