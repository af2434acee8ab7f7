package kz.egov.mio.audit;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import io.quarkus.narayana.jta.QuarkusTransaction;
import kz.egov.mio.officer.Officer;

/**
 * Every read of a case or a citizen's data and every action, with the officer, provider and case. The detail never
 * holds a raw IIN (callers pass masked ones). Refused attempts are recorded in their own transaction.
 */
@ApplicationScoped
public class AuditLog {

    public static final String OK = "OK";

    /** One audit entry. */
    public record Entry(long id, Instant at, Long officerId, String providerId, String requestId, String what,
            String outcome, String detail) {
    }

    private final EntityManager em;

    AuditLog(EntityManager em) {
        this.em = em;
    }

    /** Records in the caller's transaction. */
    public void record(Officer officer, String requestId, String what, String outcome, String detail) {
        em.createNativeQuery("INSERT INTO audit_entry (officer_id, provider_id, request_id, what, outcome, detail) "
                + "VALUES (?1, ?2, ?3, ?4, ?5, ?6)").setParameter(1, officer == null ? null : officer.id)
                .setParameter(2, officer == null ? null : officer.providerId).setParameter(3, requestId)
                .setParameter(4, what).setParameter(5, outcome).setParameter(6, detail).executeUpdate();
    }

    /** Records a refused attempt, whatever happens to the caller's transaction. */
    public void refused(Officer officer, String requestId, String what, String reasonCode, String detail) {
        QuarkusTransaction.requiringNew().run(() -> record(officer, requestId, what, reasonCode, detail));
    }

    @SuppressWarnings("unchecked")
    public List<Entry> forRequest(String requestId) {
        return ((List<Object[]>) em.createNativeQuery("SELECT id, at, officer_id, provider_id, request_id, what, outcome, "
                + "detail FROM audit_entry WHERE request_id = ?1 ORDER BY id").setParameter(1, requestId)
                .getResultList()).stream().map(AuditLog::entry).toList();
    }

    @SuppressWarnings("unchecked")
    public List<Entry> forOfficer(long officerId, int limit) {
        return ((List<Object[]>) em.createNativeQuery("SELECT id, at, officer_id, provider_id, request_id, what, outcome, "
                + "detail FROM audit_entry WHERE officer_id = ?1 ORDER BY id DESC LIMIT ?2").setParameter(1, officerId)
                .setParameter(2, limit).getResultList()).stream().map(AuditLog::entry).toList();
    }

    private static Entry entry(Object[] r) {
        return new Entry(((Number) r[0]).longValue(), toInstant(r[1]), r[2] == null ? null : ((Number) r[2]).longValue(),
                (String) r[3], (String) r[4], (String) r[5], (String) r[6], (String) r[7]);
    }

    private static Instant toInstant(Object o) {
        if (o instanceof Instant i) {
            return i;
        }
        if (o instanceof java.time.OffsetDateTime t) {
            return t.toInstant();
        }
        return ((java.sql.Timestamp) o).toInstant();
    }
}
