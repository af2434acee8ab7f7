package kz.egov.portal.cabinet;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import kz.egov.platform.persistence.Rows;
import kz.egov.platform.persistence.AppendOnlyInserts;

/** The notification table: one for every change of a citizen's request; scoped to the citizen. */
@ApplicationScoped
public class Notifications {

    private final EntityManager em;
    private final AppendOnlyInserts inserts;

    Notifications(EntityManager em, AppendOnlyInserts inserts) {
        this.em = em;
        this.inserts = inserts;
    }

    /** Adds a notification; must run in a transaction. */
    public void add(String iin, String requestId, Stream kind, String code) {
        inserts.insert("INSERT INTO notification (iin, request_id, kind, code) VALUES (?, ?, ?, ?)", iin, requestId,
                kind.name(), code);
    }

    public List<NotificationView> of(String iin, String language, boolean unreadOnly) {
        return Rows.list(em.createNativeQuery("SELECT id, request_id, kind, code, created_at, read_at FROM notification "
                + "WHERE iin = ?1" + (unreadOnly ? " AND read_at IS NULL" : "") + " ORDER BY id DESC LIMIT 500")
                .setParameter(1, iin)).stream()
                .map(r -> new NotificationView(Rows.number(r[0]), Rows.string(r[1]), Rows.string(r[2]), Rows.string(r[3]),
                        StatusTexts.text(Stream.valueOf(Rows.string(r[2])), Rows.string(r[3]), language),
                        Rows.instant(r[4]), r[5] != null))
                .toList();
    }

    /** Marks the citizen's own notification read; false when there is no such notification of theirs. */
    public boolean markRead(String iin, long id) {
        return em.createNativeQuery("UPDATE notification SET read_at = COALESCE(read_at, now()) WHERE id = ?1 AND iin = ?2")
                .setParameter(1, id).setParameter(2, iin).executeUpdate() == 1;
    }
}
