package kz.egov.platform.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/** Ids of messages already processed: a repeated message id is acknowledged and changes nothing. */
@ApplicationScoped
public class Inbox {

    @Inject
    EntityManager em;

    /** Records the id in the current transaction; false when it was processed before. */
    public boolean firstSeen(String messageId, String topic) {
        int inserted = em.createNativeQuery(
                "INSERT INTO inbox_message (message_id, topic) VALUES (?1, ?2) ON CONFLICT (message_id) DO NOTHING")
                .setParameter(1, messageId).setParameter(2, topic).executeUpdate();
        return inserted == 1;
    }

    public boolean contains(String messageId) {
        return !em.createNativeQuery("SELECT 1 FROM inbox_message WHERE message_id = ?1")
                .setParameter(1, messageId).getResultList().isEmpty();
    }

    public long count() {
        return ((Number) em.createNativeQuery("SELECT count(*) FROM inbox_message").getSingleResult()).longValue();
    }
}
