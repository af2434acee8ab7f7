package kz.egov.gateway.evidence;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import kz.egov.contract.envelope.EnvelopeCodec;

/**
 * The gateway's message log (evidence): every message in and out and every check with its result, append-only, each
 * record chained to the previous by hash. Appends take the chain head's row lock, so the chain is one sequence.
 */
@ApplicationScoped
public class EvidenceLog {

    public static final String IN = "IN";
    public static final String OUT = "OUT";
    public static final String CHECK = "CHECK";
    public static final String OK = "OK";

    @Inject
    EntityManager em;

    /** Appends one record in the current transaction. */
    public void append(String requestId, String messageId, String kind, String subject, String outcome,
            Map<String, ?> detail) {
        Object[] head = (Object[]) em.createNativeQuery(
                "SELECT last_seq, last_hash FROM evidence_head WHERE id = 1 FOR UPDATE").getSingleResult();
        long seq = ((Number) head[0]).longValue() + 1;
        String prev = ((String) head[1]).trim();
        Instant at = Instant.now().truncatedTo(ChronoUnit.MICROS);
        String json = new String(EnvelopeCodec.encode(detail), java.nio.charset.StandardCharsets.UTF_8);
        String hash = EvidenceHash.of(prev, seq, requestId, messageId, kind, subject, outcome, json, at);
        em.createNativeQuery("INSERT INTO evidence (seq, request_id, message_id, kind, subject, outcome, detail, "
                + "recorded_at, prev_hash, hash) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)")
                .setParameter(1, seq).setParameter(2, requestId).setParameter(3, messageId).setParameter(4, kind)
                .setParameter(5, subject).setParameter(6, outcome).setParameter(7, json).setParameter(8, at)
                .setParameter(9, prev).setParameter(10, hash).executeUpdate();
        em.createNativeQuery("UPDATE evidence_head SET last_seq = ?1, last_hash = ?2 WHERE id = 1")
                .setParameter(1, seq).setParameter(2, hash).executeUpdate();
    }

    @SuppressWarnings("unchecked")
    public List<EvidenceRecord> forRequest(String requestId) {
        return ((List<Object[]>) em.createNativeQuery("SELECT " + COLUMNS + " FROM evidence WHERE request_id = ?1 ORDER BY seq")
                .setParameter(1, requestId).getResultList()).stream().map(EvidenceLog::toRecord).toList();
    }

    @SuppressWarnings("unchecked")
    public List<EvidenceRecord> page(long afterSeq, int limit) {
        return ((List<Object[]>) em.createNativeQuery("SELECT " + COLUMNS + " FROM evidence WHERE seq > ?1 ORDER BY seq LIMIT ?2")
                .setParameter(1, afterSeq).setParameter(2, limit).getResultList()).stream().map(EvidenceLog::toRecord)
                .toList();
    }

    /** The chain head as the log believes it: last sequence number and hash. */
    public Object[] head() {
        return (Object[]) em.createNativeQuery("SELECT last_seq, last_hash FROM evidence_head WHERE id = 1").getSingleResult();
    }

    private static final String COLUMNS = "seq, request_id, message_id, kind, subject, outcome, detail, recorded_at, "
            + "prev_hash, hash";

    private static EvidenceRecord toRecord(Object[] r) {
        Object at = r[7];
        Instant instant = at instanceof Instant i ? i : at instanceof java.time.OffsetDateTime o ? o.toInstant()
                : ((java.sql.Timestamp) at).toInstant();
        return new EvidenceRecord(((Number) r[0]).longValue(), (String) r[1], (String) r[2], (String) r[3],
                (String) r[4], (String) r[5], (String) r[6], instant, ((String) r[8]).trim(), ((String) r[9]).trim());
    }
}
