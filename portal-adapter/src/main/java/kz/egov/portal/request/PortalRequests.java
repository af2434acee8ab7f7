package kz.egov.portal.request;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import kz.egov.platform.persistence.DeferredUntilFlush;
import kz.egov.platform.persistence.JdbcBatches;
import kz.egov.platform.persistence.Rows;

/**
 * The portal_request table; every method runs in the caller's transaction. Reads for a citizen take their IIN.
 * Back-traffic from the gateway comes in batches: {@link #hold} locks a batch's requests in one statement, and until
 * {@link #flush} a held request is read from memory and its changes are written together at the batch's end.
 */
@ApplicationScoped
public class PortalRequests extends DeferredUntilFlush<PortalRequests.Held> {

    /** A batch's requests, locked and read at its start, as its messages have changed them; their changes in order. */
    public static final class Held {
        private final Map<String, PortalRequest> rows = new HashMap<>();
        private final List<Object[]> changes = new ArrayList<>();
    }

    /** A request's state: the signed document and signature stay in the table (no read of the state needs them). */
    private static final String COLUMNS = "request_id, iin, draft_id, service_code, message_id, "
            + "idempotency_key, technical_status, business_status, reason_code, provider_id, variant_code, due_at, "
            + "submitted_at, updated_at";

    private final Clock clock;

    PortalRequests(Clock clock) {
        this.clock = clock;
    }

    @Override
    protected Held empty() {
        return new Held();
    }

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
        Held held = pending();
        if (held != null && held.rows.containsKey(requestId)) {
            return Optional.of(held.rows.get(requestId));
        }
        Optional<PortalRequest> r = one(Rows.list(em, "SELECT " + COLUMNS + " FROM portal_request WHERE request_id = ?1 "
                + "FOR UPDATE", requestId));
        if (held != null) {
            r.ifPresent(row -> held.rows.put(requestId, row));
        }
        return r;
    }

    /**
     * Locks the requests of a batch of back-traffic in one statement, in the order of their ids (so that two batches
     * never wait for each other in a circle), and holds them until {@link #flush}: {@link #lock} answers from what is
     * held, and changes are applied to it and written at the flush.
     */
    public void hold(Collection<String> requestIds) {
        deferUntilFlush();
        Held held = pending();
        List<String> ids = requestIds.stream().filter(id -> id != null && !held.rows.containsKey(id)).distinct().toList();
        if (ids.isEmpty()) {
            return;
        }
        for (Object[] row : Rows.list(em, "SELECT " + COLUMNS + " FROM portal_request WHERE request_id = "
                + "ANY(CAST(?1 AS VARCHAR[])) ORDER BY request_id FOR UPDATE", (Object) ids.toArray(String[]::new))) {
            PortalRequest r = toRecord(row);
            held.rows.put(r.requestId(), r);
        }
    }

    /** Writes the held requests' changes, in the order they were made, as one JDBC batch. */
    public void flush() {
        Held held = pending();
        if (held != null) {
            JdbcBatches.execute(em, UPDATE, held.changes);
            held.changes.clear();
            held.rows.clear();
        }
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
    private static final String UPDATE = "UPDATE portal_request SET "
            + "technical_status = COALESCE(CAST(? AS VARCHAR), technical_status), "
            + "reason_code = COALESCE(CAST(? AS VARCHAR), reason_code), "
            + "business_status = COALESCE(CAST(? AS VARCHAR), business_status), "
            + "provider_id = COALESCE(CAST(? AS VARCHAR), provider_id), "
            + "variant_code = COALESCE(CAST(? AS VARCHAR), variant_code), "
            + "due_at = COALESCE(CAST(? AS TIMESTAMPTZ), due_at), updated_at = now() WHERE request_id = ?";

    private void update(String requestId, String technical, String reasonCode, String business, String providerId,
            String variantCode, Instant dueAt) {
        Object[] change = {technical, reasonCode, business, providerId, variantCode, dueAt, requestId};
        Held held = pending();
        PortalRequest r = held == null ? null : held.rows.get(requestId);
        if (r == null) {
            JdbcBatches.execute(em, UPDATE, List.<Object[]>of(change));
            return;
        }
        held.rows.put(requestId, new PortalRequest(r.requestId(), r.iin(), r.draftId(), r.serviceCode(), r.messageId(),
                null, null, r.idempotencyKey(), or(technical, r.technicalStatus()), or(business, r.businessStatus()),
                or(reasonCode, r.reasonCode()), or(providerId, r.providerId()), or(variantCode, r.variantCode()),
                or(dueAt, r.dueAt()), r.submittedAt(), clock.instant()));
        held.changes.add(change);
    }

    private static <T> T or(T value, T otherwise) {
        return value != null ? value : otherwise;
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
