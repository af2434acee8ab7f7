package kz.egov.corp.request;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import kz.egov.platform.persistence.Rows;

/** The timeline of a request: what the branch sent and what came back, in order. */
@ApplicationScoped
public class Timeline {

    /** One event. */
    public record Event(String kind, String detail, String messageId, Instant at) {
    }

    @Inject
    EntityManager em;

    public void append(String requestId, String kind, String detail, String messageId) {
        em.createNativeQuery("INSERT INTO request_event (request_id, kind, detail, message_id) VALUES (?1, ?2, ?3, ?4)")
                .setParameter(1, requestId).setParameter(2, kind).setParameter(3, detail).setParameter(4, messageId)
                .executeUpdate();
    }

    public List<Event> of(String requestId) {
        return Rows.list(em.createNativeQuery("SELECT kind, detail, message_id, at FROM request_event "
                + "WHERE request_id = ?1 ORDER BY id").setParameter(1, requestId)).stream()
                .map(r -> new Event((String) r[0], (String) r[1], (String) r[2], Rows.instant(r[3]))).toList();
    }
}
