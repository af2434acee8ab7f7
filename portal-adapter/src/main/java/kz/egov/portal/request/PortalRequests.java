package kz.egov.portal.request;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import kz.egov.portal.rest.Rows;

/** The portal_request table; every method runs in the caller's transaction. Reads for a citizen take their IIN. */
@ApplicationScoped
public class PortalRequests {

    /** A request's state: the signed document and signature stay in the table (no read of the state needs them). */
    private static final String COLUMNS = "request_id, iin, draft_id, service_code, message_id, "
            + "idempotency_key, technical_status, business_status, reason_code, provider_id, variant_code, due_at, "
            + "submitted_at, updated_at";

    @Inject
    EntityManager em;

    /** Inserts the request; returns when it was submitted, or empty when it exists already (a repeated submit). */
    public Optional<Instant> create(PortalRequest r) {
        return Rows.list(em, "INSERT INTO portal_request (request_id, iin, draft_id, service_code, message_id, "
                + "document, signature, idempotency_key) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) "
                + "ON CONFLICT DO NOTHING RETURNING submitted_at", r.requestId(), r.iin(), r.draftId(), r.serviceCode(),
                r.messageId(), r.document(), r.signature(), r.idempotencyKey()).stream().findFirst()
                .map(row -> Rows.instant(row[0]));
    }

    /** The citizen's own request; someone else's is as unknown as a missing one. */
    public Optional<PortalRequest> find(String iin, String requestId) {
        return one(Rows.list(em, "SELECT " + COLUMNS + " FROM portal_request WHERE request_id = ?1 AND iin = ?2",
                requestId, iin));
    }

    /** Any request, for back-traffic from the gateway (locked for the update that follows). */
    public Optional<PortalRequest> lock(String requestId) {
        return one(Rows.list(em, "SELECT " + COLUMNS + " FROM portal_request WHERE request_id = ?1 FOR UPDATE",
                requestId));
    }

    public Optional<PortalRequest> byIdempotencyKey(String iin, String key) {
        return one(Rows.list(em, "SELECT " + COLUMNS + " FROM portal_request WHERE iin = ?1 AND idempotency_key = ?2",
                iin, key));
    }

    public List<PortalRequest> list(String iin) {
        return Rows.list(em, "SELECT " + COLUMNS + " FROM portal_request WHERE iin = ?1 ORDER BY submitted_at DESC",
                iin).stream().map(PortalRequests::toRecord).toList();
    }

    /** A technical status (and, for a refusal, its reason code). */
    public void technical(String requestId, String status, String reasonCode) {
        update(requestId, status, reasonCode, null, null, null, null);
    }

    /** A technical status with where the gateway routed the request and the term that follows from it. */
    public void technical(String requestId, String status, String providerId, String variantCode, Instant dueAt) {
        update(requestId, status, null, null, providerId, variantCode, dueAt);
    }

    /** A business status (and the term the provider set, if it did). */
    public void business(String requestId, String status, Instant dueAt) {
        update(requestId, null, null, status, null, null, dueAt);
    }

    /** Both streams at once (a null leaves a status as it is): the provider's acknowledgement with «поступившие». */
    public void update(String requestId, String technical, String business, Instant dueAt) {
        update(requestId, technical, null, business, null, null, dueAt);
    }

    public void business(String requestId, String status) {
        business(requestId, status, null);
    }

    /** One statement for any change of a request's state: a null leaves its column as it is. */
    private void update(String requestId, String technical, String reasonCode, String business, String providerId,
            String variantCode, Instant dueAt) {
        em.createNativeQuery("UPDATE portal_request SET "
                + "technical_status = COALESCE(CAST(?2 AS VARCHAR), technical_status), "
                + "reason_code = COALESCE(CAST(?3 AS VARCHAR), reason_code), "
                + "business_status = COALESCE(CAST(?4 AS VARCHAR), business_status), "
                + "provider_id = COALESCE(CAST(?5 AS VARCHAR), provider_id), "
                + "variant_code = COALESCE(CAST(?6 AS VARCHAR), variant_code), "
                + "due_at = COALESCE(CAST(?7 AS TIMESTAMPTZ), due_at), updated_at = now() WHERE request_id = ?1")
                .setParameter(1, requestId).setParameter(2, technical).setParameter(3, reasonCode)
                .setParameter(4, business).setParameter(5, providerId).setParameter(6, variantCode)
                .setParameter(7, Rows.ts(dueAt)).executeUpdate();
    }

    private static Optional<PortalRequest> one(List<Object[]> rows) {
        return rows.stream().findFirst().map(PortalRequests::toRecord);
    }

    private static PortalRequest toRecord(Object[] r) {
        return new PortalRequest(Rows.string(r[0]), Rows.string(r[1]), Rows.string(r[2]), Rows.string(r[3]),
                Rows.string(r[4]), null, null, Rows.string(r[5]), Rows.string(r[6]), Rows.string(r[7]),
                Rows.string(r[8]), Rows.string(r[9]), Rows.string(r[10]), Rows.instant(r[11]), Rows.instant(r[12]),
                Rows.instant(r[13]));
    }
}
