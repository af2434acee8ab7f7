package kz.egov.corp.receipt;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import kz.egov.contract.envelope.EnvelopeCodec;
import kz.egov.contract.reason.ReasonCode;
import kz.egov.contract.reason.RejectedException;
import kz.egov.platform.persistence.Rows;

/** Every receipt given at a branch's desk, stored as issued; numbers are unique per branch. */
@ApplicationScoped
public class Receipts {

    public static final String ACCEPTANCE = "ACCEPTANCE";
    public static final String REFUSAL = "REFUSAL";

    /** A stored receipt: its kind and content (an {@link AcceptanceReceipt} or {@link RefusalReceipt}). */
    public record Stored(String number, String kind, String requestId, Instant issuedAt, Object content) {
    }

    private final EntityManager em;

    Receipts(EntityManager em) {
        this.em = em;
    }

    /** Stores a receipt; a number already given at the branch is refused with PKG_DUPLICATE_RECEIPT. */
    public void store(String branchId, String number, String kind, String packageId, String requestId,
            String applicantIin, Instant issuedAt, Object content) {
        int inserted = em.createNativeQuery("INSERT INTO receipt (branch_id, number, kind, package_id, request_id, "
                + "applicant_iin, issued_at, content) VALUES (?1, ?2, ?3, ?4, ?5, ?6, CAST(?7 AS TIMESTAMPTZ), ?8) "
                + "ON CONFLICT (branch_id, number) DO NOTHING").setParameter(1, branchId).setParameter(2, number)
                .setParameter(3, kind).setParameter(4, packageId).setParameter(5, requestId)
                .setParameter(6, applicantIin).setParameter(7, issuedAt.toString())
                .setParameter(8, new String(EnvelopeCodec.encode(content), StandardCharsets.UTF_8))
                .executeUpdate();
        if (inserted == 0) {
            throw new RejectedException(ReasonCode.PKG_DUPLICATE_RECEIPT, "receipt " + number + " was already given");
        }
    }

    public Optional<Stored> find(String branchId, String number) {
        return query("branch_id = ?1 AND number = ?2", branchId, number).stream().findFirst();
    }

    /** The receipts given to a citizen at the branch, newest first. */
    public List<Stored> ofApplicant(String branchId, String iin) {
        return query("branch_id = ?1 AND applicant_iin = ?2", branchId, iin);
    }

    private List<Stored> query(String where, String p1, String p2) {
        return Rows.list(em.createNativeQuery("SELECT number, kind, request_id, issued_at, content FROM receipt WHERE "
                + where + " ORDER BY issued_at DESC").setParameter(1, p1).setParameter(2, p2)).stream()
                .map(Receipts::toStored).toList();
    }

    private static Stored toStored(Object[] r) {
        String kind = (String) r[1];
        Class<?> type = ACCEPTANCE.equals(kind) ? AcceptanceReceipt.class : RefusalReceipt.class;
        try {
            Object content = EnvelopeCodec.json().readValue((String) r[4], type);
            return new Stored((String) r[0], kind, (String) r[2], Rows.instant(r[3]), content);
        } catch (IOException e) {
            throw new IllegalStateException("unreadable stored receipt " + r[0], e);
        }
    }
}
