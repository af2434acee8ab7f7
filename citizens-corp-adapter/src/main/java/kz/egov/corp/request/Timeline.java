package kz.egov.corp.request;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import kz.egov.platform.persistence.Rows;

/** The timeline of a request: what the branch sent and what came back, in order, each stamped by the clock. */
@ApplicationScoped
public class Timeline {

    /** One event. */
    public record Event(String kind, String detail, String messageId, Instant at) {
    }

    private final EntityManager em;
    private final Clock clock;

    Timeline(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    public void append(String requestId, String kind, String detail, String messageId) {
        em.createNativeQuery("INSERT INTO request_event (request_id, kind, detail, message_id, at) "
                + "VALUES (?1, ?2, ?3, ?4, CAST(?5 AS TIMESTAMPTZ))").setParameter(1, requestId).setParameter(2, kind)
                .setParameter(3, detail).setParameter(4, messageId).setParameter(5, clock.instant().toString())
                .executeUpdate();
    }

    public List<Event> of(String requestId) {
        return Rows.list(em.createNativeQuery("SELECT kind, detail, message_id, at FROM request_event "
                + "WHERE request_id = ?1 ORDER BY id").setParameter(1, requestId)).stream()
                .map(r -> new Event((String) r[0], (String) r[1], (String) r[2], Rows.instant(r[3]))).toList();
    }
}
