package kz.egov.gateway.traffic;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import kz.egov.contract.status.TechnicalStatus;
import kz.egov.platform.persistence.DeferredUntilFlush;
import kz.egov.platform.persistence.JdbcBatches;
import kz.egov.platform.persistence.NativeRows;

/**
 * The gateway's record of each request it handled: origin, provider, technical status; and registry commands in flight.
 * An inbound batch reads the records of all its requests in one statement ({@link #hold}); until {@link #flush} they
 * are answered from memory, and new records and deliveries are written together at the batch's end.
 */
@ApplicationScoped
public class RoutedRequests extends DeferredUntilFlush<RoutedRequests.Held> {

    /** A batch's records (empty: known not to exist), and its inserts and deliveries in order. */
    public static final class Held {
        private final Map<String, Optional<RoutedRequest>> known = new HashMap<>();
        private final List<Object[]> inserts = new ArrayList<>();
        private final List<Object[]> deliveries = new ArrayList<>();
    }

    private static final String COLUMNS = "request_id, origin_participant, origin_message_id, provider_id, "
            + "service_code, variant_code, channel, technical_status, reason_code, applicant_iin";
    private static final String INSERT = "INSERT INTO routed_request (" + COLUMNS + ") "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (request_id) DO NOTHING";
    private static final String DELIVERED = "UPDATE routed_request SET technical_status = ?, delivered_at = now() "
            + "WHERE request_id = ? AND technical_status = ?";

    /** A request as the gateway routed (or rejected) it. */
    /** @param applicantIin the citizen the request is about (null for one refused before it was read) */
    public record RoutedRequest(String requestId, String origin, String originMessageId, String providerId,
            String serviceCode, String variantCode, String channel, TechnicalStatus status, String reasonCode,
            String applicantIin) {

        /** Whether it was routed to {@code providerId} (not refused) and is about {@code iin}. */
        public boolean routedTo(String provider) {
            return providerId != null && providerId.equals(provider) && status != TechnicalStatus.REJECTED_BY_GATEWAY;
        }
    }

    @Override
    protected Held empty() {
        return new Held();
    }

    /** Reads the records of a batch's requests in one statement and holds them until {@link #flush}. */
    public void hold(Collection<String> requestIds) {
        deferUntilFlush();
        Held held = pending();
        List<String> ids = requestIds.stream().filter(id -> id != null && !held.known.containsKey(id)).distinct()
                .toList();
        if (ids.isEmpty()) {
            return;
        }
        ids.forEach(id -> held.known.put(id, Optional.empty()));
        for (RoutedRequest request : NativeRows.map(em, "SELECT " + COLUMNS + " FROM routed_request WHERE "
                + "request_id = ANY(CAST(?1 AS VARCHAR[]))", RoutedRequests::toRecord,
                (Object) ids.toArray(String[]::new))) {
            held.known.put(request.requestId(), Optional.of(request));
        }
    }

    public Optional<RoutedRequest> find(String requestId) {
        Held held = pending();
        if (held != null && held.known.containsKey(requestId)) {
            return held.known.get(requestId);
        }
        Optional<RoutedRequest> found = NativeRows.map(em, "SELECT " + COLUMNS + " FROM routed_request "
                + "WHERE request_id = ?1", RoutedRequests::toRecord, requestId).stream().findFirst();
        if (held != null) {
            held.known.put(requestId, found);
        }
        return found;
    }

    /** Records a request; a request recorded before keeps its first record. */
    public void record(RoutedRequest r) {
        Object[] row = {r.requestId(), r.origin(), r.originMessageId(), r.providerId(), r.serviceCode(),
                r.variantCode(), r.channel(), r.status().name(), r.reasonCode(), r.applicantIin()};
        Held held = pending();
        if (held == null) {
            JdbcBatches.execute(em, INSERT, List.<Object[]>of(row));
            return;
        }
        held.known.putIfAbsent(r.requestId(), Optional.empty());
        if (held.known.get(r.requestId()).isEmpty()) {
            held.known.put(r.requestId(), Optional.of(r));
        }
        held.inserts.add(row);
    }

    public void markDelivered(String requestId) {
        Object[] row = {TechnicalStatus.DELIVERED_TO_PROVIDER.name(), requestId,
                TechnicalStatus.ACCEPTED_BY_GATEWAY.name()};
        Held held = pending();
        if (held == null) {
            JdbcBatches.execute(em, DELIVERED, List.<Object[]>of(row));
            return;
        }
        Optional<RoutedRequest> known = held.known.get(requestId);
        if (known != null && known.isPresent() && known.get().status() == TechnicalStatus.ACCEPTED_BY_GATEWAY) {
            RoutedRequest r = known.get();
            held.known.put(requestId, Optional.of(new RoutedRequest(r.requestId(), r.origin(), r.originMessageId(),
                    r.providerId(), r.serviceCode(), r.variantCode(), r.channel(),
                    TechnicalStatus.DELIVERED_TO_PROVIDER, r.reasonCode(), r.applicantIin())));
        }
        held.deliveries.add(row);
    }

    /** Writes the batch's new records, then its deliveries, each as one JDBC batch. */
    public void flush() {
        Held held = pending();
        if (held != null) {
            JdbcBatches.execute(em, INSERT, held.inserts);
            JdbcBatches.execute(em, DELIVERED, held.deliveries);
            held.inserts.clear();
            held.deliveries.clear();
            held.known.clear();
        }
    }

    private static RoutedRequest toRecord(NativeRows.Row r) {
        return new RoutedRequest(r.string("request_id"), r.string("origin_participant"), r.string("origin_message_id"),
                r.string("provider_id"), r.string("service_code"), r.string("variant_code"), r.string("channel"),
                TechnicalStatus.valueOf(r.string("technical_status")), r.string("reason_code"),
                r.string("applicant_iin"));
    }

    public void recordCommand(String commandId, String requestId, String providerId) {
        em.createNativeQuery("INSERT INTO registry_command_route (command_id, request_id, provider_id) "
                + "VALUES (?1, ?2, ?3) "
                + "ON CONFLICT (command_id) DO NOTHING").setParameter(1, commandId).setParameter(2, requestId)
                .setParameter(3, providerId).executeUpdate();
    }

    public Optional<String> commandProvider(String commandId) {
        List<?> rows = em.createNativeQuery("SELECT provider_id FROM registry_command_route WHERE command_id = ?1")
                .setParameter(1, commandId).getResultList();
        return rows.stream().map(o -> (String) o).findFirst();
    }

    /** Counts by technical status, for reconciliation. */
    @SuppressWarnings("unchecked")
    public List<Object[]> countsByStatus() {
        return em.createNativeQuery("SELECT technical_status, count(*) FROM routed_request GROUP BY technical_status")
                .getResultList();
    }
}
