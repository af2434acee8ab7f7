package kz.egov.gateway.traffic;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import kz.egov.contract.status.TechnicalStatus;

/** The gateway's record of each request it handled: origin, provider, technical status; and registry commands in flight. */
@ApplicationScoped
public class RoutedRequests {

    /** A request as the gateway routed (or rejected) it. */
    public record RoutedRequest(String requestId, String origin, String originMessageId, String providerId,
            String serviceCode, String variantCode, String channel, TechnicalStatus status, String reasonCode) {
    }

    @Inject
    EntityManager em;

    public Optional<RoutedRequest> find(String requestId) {
        List<?> rows = em.createNativeQuery("SELECT request_id, origin_participant, origin_message_id, provider_id, "
                + "service_code, variant_code, channel, technical_status, reason_code FROM routed_request "
                + "WHERE request_id = ?1").setParameter(1, requestId).getResultList();
        return rows.stream().map(o -> (Object[]) o).map(r -> new RoutedRequest((String) r[0], (String) r[1],
                (String) r[2], (String) r[3], (String) r[4], (String) r[5], (String) r[6],
                TechnicalStatus.valueOf((String) r[7]), (String) r[8])).findFirst();
    }

    public void record(RoutedRequest r) {
        em.createNativeQuery("INSERT INTO routed_request (request_id, origin_participant, origin_message_id, provider_id, "
                + "service_code, variant_code, channel, technical_status, reason_code) "
                + "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9) ON CONFLICT (request_id) DO NOTHING")
                .setParameter(1, r.requestId()).setParameter(2, r.origin()).setParameter(3, r.originMessageId())
                .setParameter(4, r.providerId()).setParameter(5, r.serviceCode()).setParameter(6, r.variantCode())
                .setParameter(7, r.channel()).setParameter(8, r.status().name()).setParameter(9, r.reasonCode())
                .executeUpdate();
    }

    public void markDelivered(String requestId) {
        em.createNativeQuery("UPDATE routed_request SET technical_status = ?1, delivered_at = now() WHERE request_id = ?2 "
                + "AND technical_status = ?3").setParameter(1, TechnicalStatus.DELIVERED_TO_PROVIDER.name())
                .setParameter(2, requestId).setParameter(3, TechnicalStatus.ACCEPTED_BY_GATEWAY.name()).executeUpdate();
    }

    public void recordCommand(String commandId, String requestId, String providerId) {
        em.createNativeQuery("INSERT INTO registry_command_route (command_id, request_id, provider_id) VALUES (?1, ?2, ?3) "
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
