package kz.egov.gateway.evidence;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import javax.sql.DataSource;

import kz.egov.contract.envelope.EnvelopeCodec;

/**
 * The gateway's message log (evidence): every message in and out and every check with its result, append-only, each
 * record chained to the previous by hash. Each transaction takes the chain head's row lock once when it writes its
 * records, so the chain is one sequence.
 */
@ApplicationScoped
public class EvidenceLog {

    public static final String IN = "IN";
    public static final String OUT = "OUT";
    public static final String CHECK = "CHECK";
    public static final String OK = "OK";

    private static final Object PENDING = new Object();

    private final EntityManager em;
    private final TransactionSynchronizationRegistry transactions;
    private final DataSource dataSource;
    private final Clock clock;

    EvidenceLog(EntityManager em, TransactionSynchronizationRegistry transactions, DataSource dataSource, Clock clock) {
        this.em = em;
        this.transactions = transactions;
        this.dataSource = dataSource;
        this.clock = clock;
    }

    /** A record waiting for its transaction to commit. */
    private record Pending(String requestId, String messageId, String kind, String subject, String outcome,
            String detail, Instant at) {
    }

    /**
     * Appends one record to the current transaction. Records are chained and written together just before the
     * transaction commits (one lock of the chain head and one batch of inserts per transaction, not per record), so
     * they become durable exactly when the effects they describe do.
     */
    @SuppressWarnings("unchecked")
    public void append(String requestId, String messageId, String kind, String subject, String outcome,
            Map<String, ?> detail) {
        List<Pending> pending = (List<Pending>) transactions.getResource(PENDING);
        if (pending == null) {
            List<Pending> created = new ArrayList<>();
            transactions.putResource(PENDING, created);
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                    write(created);
                }

                @Override
                public void afterCompletion(int status) {
                }
            });
            pending = created;
        }
        String json = new String(EnvelopeCodec.encode(detail), StandardCharsets.UTF_8);
        pending.add(new Pending(requestId, messageId, kind, subject, outcome, json,
                clock.instant().truncatedTo(ChronoUnit.MICROS)));
    }

    private void write(List<Pending> pending) {
        if (pending.isEmpty()) {
            return;
        }
        // a connection handle of our own, closed here: the transaction's physical connection (Agroal enlists it), but
        // not Hibernate's handle, which may already be released this late in the transaction (Agroal then closed a
        // leftover handle at every commit, with a warning)
        try (Connection c = dataSource.getConnection()) {
            long seq;
            String prev;
            try (PreparedStatement head = c.prepareStatement(
                    "SELECT last_seq, last_hash FROM evidence_head WHERE id = 1 FOR UPDATE");
                    ResultSet rs = head.executeQuery()) {
                rs.next();
                seq = rs.getLong(1);
                prev = rs.getString(2).trim();
            }
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO evidence (seq, request_id, message_id, "
                    + "kind, subject, outcome, detail, recorded_at, prev_hash, hash) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (Pending p : pending) {
                    seq++;
                    String hash = EvidenceHash.of(prev, seq, p.requestId(), p.messageId(), p.kind(), p.subject(),
                            p.outcome(), p.detail(), p.at());
                    insert.setLong(1, seq);
                    insert.setString(2, p.requestId());
                    insert.setString(3, p.messageId());
                    insert.setString(4, p.kind());
                    insert.setString(5, p.subject());
                    insert.setString(6, p.outcome());
                    insert.setString(7, p.detail());
                    insert.setObject(8, OffsetDateTime.ofInstant(p.at(), ZoneOffset.UTC));
                    insert.setString(9, prev);
                    insert.setString(10, hash);
                    insert.addBatch();
                    prev = hash;
                }
                insert.executeBatch();
            }
            try (PreparedStatement update = c.prepareStatement(
                    "UPDATE evidence_head SET last_seq = ?, last_hash = ? WHERE id = 1")) {
                update.setLong(1, seq);
                update.setString(2, prev);
                update.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot write the evidence records", e);
        }
        pending.clear();
    }

    @SuppressWarnings("unchecked")
    public List<EvidenceRecord> forRequest(String requestId) {
        return ((List<Object[]>) em.createNativeQuery("SELECT " + COLUMNS + " FROM evidence WHERE request_id = ?1 "
                + "ORDER BY seq").setParameter(1, requestId).getResultList()).stream().map(EvidenceLog::toRecord)
                .toList();
    }

    @SuppressWarnings("unchecked")
    public List<EvidenceRecord> page(long afterSeq, int limit) {
        return ((List<Object[]>) em.createNativeQuery("SELECT " + COLUMNS + " FROM evidence WHERE seq > ?1 "
                + "ORDER BY seq LIMIT ?2").setParameter(1, afterSeq).setParameter(2, limit).getResultList()).stream()
                .map(EvidenceLog::toRecord)
                .toList();
    }

    /** The chain head as the log believes it: last sequence number and hash. */
    public Object[] head() {
        return (Object[]) em.createNativeQuery("SELECT last_seq, last_hash FROM evidence_head WHERE id = 1")
                .getSingleResult();
    }

    private static final String COLUMNS = "seq, request_id, message_id, kind, subject, outcome, detail, recorded_at, "
            + "prev_hash, hash";

    private static EvidenceRecord toRecord(Object[] r) {
        Object at = r[7];
        Instant instant = at instanceof Instant i ? i : at instanceof OffsetDateTime o ? o.toInstant()
                : ((Timestamp) at).toInstant();
        return new EvidenceRecord(((Number) r[0]).longValue(), (String) r[1], (String) r[2], (String) r[3],
                (String) r[4], (String) r[5], (String) r[6], instant, ((String) r[8]).trim(), ((String) r[9]).trim());
    }
}
