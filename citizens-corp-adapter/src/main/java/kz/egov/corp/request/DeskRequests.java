package kz.egov.corp.request;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import com.fasterxml.jackson.core.type.TypeReference;
import kz.egov.contract.envelope.EnvelopeCodec;
import kz.egov.contract.reason.ReasonCode;
import kz.egov.contract.reason.RejectedException;
import kz.egov.platform.persistence.Rows;
import kz.egov.corp.receipt.DocumentLine;

/** The desk's requests; every method runs in the caller's transaction, every read is scoped to one branch. */
@ApplicationScoped
public class DeskRequests {

    private static final String COLUMNS = "request_id, package_id, branch_id, operator_id, receipt_number, "
            + "applicant_iin, applicant_name, service_code, variant_code, documents, state, request_message_id, "
            + "created_at, submitted_at, due_at, provider_id, technical_status, business_status, reason_code, "
            + "result_kind, result_at, issued_at, issued_by, issue_method, issue_email";

    private final EntityManager em;

    DeskRequests(EntityManager em) {
        this.em = em;
    }

    public void insertDraft(String requestId, String packageId, String branchId, long operatorId, String receiptNumber,
            String applicantIin, String applicantName, String serviceCode, String variantCode,
            List<DocumentLine> documents, byte[] document) {
        em.createNativeQuery("INSERT INTO desk_request (request_id, package_id, branch_id, operator_id, receipt_number, "
                + "applicant_iin, applicant_name, service_code, variant_code, documents, document, state) "
                + "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, 'DRAFT')").setParameter(1, requestId)
                .setParameter(2, packageId).setParameter(3, branchId).setParameter(4, operatorId)
                .setParameter(5, receiptNumber).setParameter(6, applicantIin).setParameter(7, applicantName)
                .setParameter(8, serviceCode).setParameter(9, variantCode)
                .setParameter(10, new String(EnvelopeCodec.encode(documents), StandardCharsets.UTF_8))
                .setParameter(11, document).executeUpdate();
    }

    /** The branch's request, or NOT_FOUND (another branch's request is never shown). */
    public DeskRequest require(String branchId, String requestId) {
        return one("branch_id = ?1 AND request_id = ?2", branchId, requestId)
                .orElseThrow(() -> new RejectedException(ReasonCode.NOT_FOUND, "no request " + requestId + " at this branch"));
    }

    public DeskRequest requireByPackage(String branchId, String packageId) {
        return one("branch_id = ?1 AND package_id = ?2", branchId, packageId)
                .orElseThrow(() -> new RejectedException(ReasonCode.NOT_FOUND, "no package " + packageId + " at this branch"));
    }

    public Optional<DeskRequest> findForBranch(String branchId, String requestId) {
        return one("branch_id = ?1 AND request_id = ?2", branchId, requestId);
    }

    public Optional<DeskRequest> byReceipt(String branchId, String receiptNumber) {
        return one("branch_id = ?1 AND receipt_number = ?2", branchId, receiptNumber);
    }

    public List<DeskRequest> byApplicant(String branchId, String iin) {
        return many("branch_id = ?1 AND applicant_iin = ?2 AND state = 'SUBMITTED' ORDER BY submitted_at DESC", branchId, iin);
    }

    /** Results received and not yet handed over, oldest first. */
    public List<DeskRequest> unclaimed(String branchId) {
        return many("branch_id = ?1 AND result_at IS NOT NULL AND issued_at IS NULL ORDER BY result_at", branchId);
    }

    /** The document the operator signs (the exact bytes). */
    public byte[] document(String requestId) {
        return (byte[]) em.createNativeQuery("SELECT document FROM desk_request WHERE request_id = ?1")
                .setParameter(1, requestId).getSingleResult();
    }

    /** The officer-signed result: the document's bytes and the officer's CMS. */
    public Optional<byte[][]> result(String requestId) {
        List<Object[]> rows = Rows.list(em.createNativeQuery("SELECT result_document, result_signature FROM desk_request "
                + "WHERE request_id = ?1 AND result_document IS NOT NULL").setParameter(1, requestId));
        return rows.stream().map(r -> new byte[][] {(byte[]) r[0], (byte[]) r[1]}).findFirst();
    }

    /** Marks the draft submitted; false when it was not a draft any more (submitted twice). */
    public boolean submitted(String requestId, String messageId, Instant at, Instant dueAt) {
        return em.createNativeQuery("UPDATE desk_request SET state = 'SUBMITTED', request_message_id = ?2, "
                + "submitted_at = CAST(?3 AS TIMESTAMPTZ), due_at = CAST(?4 AS TIMESTAMPTZ) "
                + "WHERE request_id = ?1 AND state = 'DRAFT'").setParameter(1, requestId).setParameter(2, messageId)
                .setParameter(3, at.toString()).setParameter(4, dueAt.toString()).executeUpdate() == 1;
    }

    public void technical(String requestId, String status, String providerId, String reasonCode) {
        em.createNativeQuery("UPDATE desk_request SET technical_status = ?2, provider_id = COALESCE(?3, provider_id), "
                + "reason_code = COALESCE(?4, reason_code) WHERE request_id = ?1").setParameter(1, requestId)
                .setParameter(2, status).setParameter(3, providerId).setParameter(4, reasonCode).executeUpdate();
    }

    public void business(String requestId, String status) {
        em.createNativeQuery("UPDATE desk_request SET business_status = ?2 WHERE request_id = ?1")
                .setParameter(1, requestId).setParameter(2, status).executeUpdate();
    }

    public void result(String requestId, byte[] document, byte[] signature, String kind, String status, Instant at) {
        em.createNativeQuery("UPDATE desk_request SET result_document = ?2, result_signature = ?3, result_kind = ?4, "
                + "business_status = ?5, result_at = CAST(?6 AS TIMESTAMPTZ) WHERE request_id = ?1")
                .setParameter(1, requestId).setParameter(2, document).setParameter(3, signature).setParameter(4, kind)
                .setParameter(5, status).setParameter(6, at.toString()).executeUpdate();
    }

    public void issued(String requestId, long operatorId, Instant at, String method, String email) {
        em.createNativeQuery("UPDATE desk_request SET business_status = 'ISSUED', issued_by = ?2, "
                + "issued_at = CAST(?3 AS TIMESTAMPTZ), issue_method = ?4, issue_email = ?5 WHERE request_id = ?1")
                .setParameter(1, requestId).setParameter(2, operatorId).setParameter(3, at.toString())
                .setParameter(4, method).setParameter(5, email).executeUpdate();
    }

    private Optional<DeskRequest> one(String where, String... params) {
        return many(where, params).stream().findFirst();
    }

    private List<DeskRequest> many(String where, String... params) {
        Query q = em.createNativeQuery("SELECT " + COLUMNS + " FROM desk_request WHERE " + where);
        for (int i = 0; i < params.length; i++) {
            q.setParameter(i + 1, params[i]);
        }
        return Rows.list(q).stream().map(DeskRequests::toRequest).toList();
    }

    private static DeskRequest toRequest(Object[] r) {
        List<DocumentLine> docs;
        try {
            docs = EnvelopeCodec.json().readValue((String) r[9], new TypeReference<List<DocumentLine>>() { });
        } catch (IOException e) {
            throw new IllegalStateException("unreadable documents of request " + r[0], e);
        }
        return new DeskRequest((String) r[0], (String) r[1], (String) r[2], Rows.number(r[3]), (String) r[4],
                Rows.string(r[5]), (String) r[6], (String) r[7], (String) r[8], docs, (String) r[10], (String) r[11],
                Rows.instant(r[12]), Rows.instant(r[13]), Rows.instant(r[14]), (String) r[15], (String) r[16],
                (String) r[17], (String) r[18], (String) r[19], Rows.instant(r[20]), Rows.instant(r[21]),
                r[22] == null ? null : Rows.number(r[22]), (String) r[23], (String) r[24]);
    }
}
