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

    /** Inserts the request; false when it exists already (a repeated submit). */
    public boolean create(PortalRequest r) {
        return em.createNativeQuery("INSERT INTO portal_request (request_id, iin, draft_id, service_code, message_id, "
                + "document, signature, idempotency_key) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) ON CONFLICT DO NOTHING")
                .setParameter(1, r.requestId()).setParameter(2, r.iin()).setParameter(3, r.draftId())
                .setParameter(4, r.serviceCode()).setParameter(5, r.messageId()).setParameter(6, r.document())
                .setParameter(7, r.signature()).setParameter(8, r.idempotencyKey()).executeUpdate() == 1;
    }

    /** The citizen's own request; someone else's is as unknown as a missing one. */
    public Optional<PortalRequest> find(String iin, String requestId) {
        return one(Rows.list(em.createNativeQuery("SELECT " + COLUMNS + " FROM portal_request WHERE request_id = ?1 "
                + "AND iin = ?2").setParameter(1, requestId).setParameter(2, iin)));
    }

    /** Any request, for back-traffic from the gateway (locked for the update that follows). */
    public Optional<PortalRequest> lock(String requestId) {
        return one(Rows.list(em.createNativeQuery("SELECT " + COLUMNS + " FROM portal_request WHERE request_id = ?1 "
                + "FOR UPDATE").setParameter(1, requestId)));
    }

    public Optional<PortalRequest> byIdempotencyKey(String iin, String key) {
        return one(Rows.list(em.createNativeQuery("SELECT " + COLUMNS + " FROM portal_request WHERE iin = ?1 "
                + "AND idempotency_key = ?2").setParameter(1, iin).setParameter(2, key)));
    }

    public List<PortalRequest> list(String iin) {
        return Rows.list(em.createNativeQuery("SELECT " + COLUMNS + " FROM portal_request WHERE iin = ?1 "
                + "ORDER BY submitted_at DESC").setParameter(1, iin)).stream().map(PortalRequests::toRecord).toList();
    }

    /** The id of the envelope that carried the request (the gateway's rejection names it). */
    public void messageId(String requestId, String messageId) {
        em.createNativeQuery("UPDATE portal_request SET message_id = ?2 WHERE request_id = ?1").setParameter(1, requestId)
                .setParameter(2, messageId).executeUpdate();
    }

    public void technical(String requestId, String status, String reasonCode) {
        em.createNativeQuery("UPDATE portal_request SET technical_status = ?2, reason_code = COALESCE(CAST(?3 AS VARCHAR), reason_code), "
                + "updated_at = now() WHERE request_id = ?1").setParameter(1, requestId).setParameter(2, status)
                .setParameter(3, reasonCode).executeUpdate();
    }

    public void routed(String requestId, String providerId, String variantCode, Instant dueAt) {
        em.createNativeQuery("UPDATE portal_request SET provider_id = COALESCE(CAST(?2 AS VARCHAR), provider_id), variant_code = "
                + "COALESCE(CAST(?3 AS VARCHAR), variant_code), due_at = COALESCE(CAST(?4 AS TIMESTAMPTZ), due_at), updated_at = now() "
                + "WHERE request_id = ?1").setParameter(1, requestId).setParameter(2, providerId)
                .setParameter(3, variantCode).setParameter(4, Rows.ts(dueAt)).executeUpdate();
    }

    public void business(String requestId, String status) {
        em.createNativeQuery("UPDATE portal_request SET business_status = ?2, updated_at = now() WHERE request_id = ?1")
                .setParameter(1, requestId).setParameter(2, status).executeUpdate();
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
