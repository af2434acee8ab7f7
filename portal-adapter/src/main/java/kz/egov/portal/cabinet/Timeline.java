package kz.egov.portal.cabinet;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import kz.egov.platform.persistence.Rows;
import kz.egov.platform.persistence.AppendOnlyInserts;

/** The request_event table: the full history of a request; every method runs in the caller's transaction. */
@ApplicationScoped
public class Timeline {

    private final EntityManager em;
    private final AppendOnlyInserts inserts;

    Timeline(EntityManager em, AppendOnlyInserts inserts) {
        this.em = em;
        this.inserts = inserts;
    }

    public void append(String requestId, Stream stream, String status, String actingRole, Instant at, String detail,
            String messageId, boolean applied) {
        inserts.insert("INSERT INTO request_event (request_id, stream, status, acting_role, occurred_at, detail, "
                + "message_id, applied) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", requestId, stream.name(), status, actingRole,
                at, detail, messageId, applied);
    }

    /** The history in the order it was recorded (the caller has checked the request is the citizen's). */
    public List<TimelineEntry> of(String requestId, String language) {
        return Rows.list(em.createNativeQuery("SELECT occurred_at, stream, status, acting_role, detail, applied, recorded_at "
                + "FROM request_event WHERE request_id = ?1 ORDER BY id").setParameter(1, requestId)).stream()
                .map(r -> new TimelineEntry(Rows.instant(r[0]), Rows.string(r[1]), Rows.string(r[2]),
                        StatusTexts.text(Stream.valueOf(Rows.string(r[1])), Rows.string(r[2]), language),
                        Rows.string(r[3]), (String) r[4], (Boolean) r[5], Rows.instant(r[6])))
                .toList();
    }
}
