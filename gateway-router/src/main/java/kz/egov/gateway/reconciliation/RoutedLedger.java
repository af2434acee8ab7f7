package kz.egov.gateway.reconciliation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/** The requests the gateway received since a time, with the forwards its evidence records (read only). */
@ApplicationScoped
public class RoutedLedger {

    private final EntityManager em;

    RoutedLedger(EntityManager em) {
        this.em = em;
    }

    @SuppressWarnings("unchecked")
    public List<RoutedLedgerEntry> since(Instant since) {
        List<Object[]> rows = em.createNativeQuery("SELECT r.request_id, r.origin_participant, r.origin_message_id, "
                + "r.channel, r.provider_id, r.technical_status, r.reason_code, (SELECT count(*) FROM evidence e "
                + "WHERE e.request_id = r.request_id AND e.kind = 'OUT' AND e.subject = 'SERVICE_REQUEST') "
                + "FROM routed_request r WHERE r.received_at >= CAST(?1 AS TIMESTAMPTZ) ORDER BY r.received_at")
                .setParameter(1, since.toString()).getResultList();
        List<RoutedLedgerEntry> all = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            all.add(new RoutedLedgerEntry(str(r[0]), str(r[1]), str(r[2]), str(r[3]), str(r[4]), str(r[5]), str(r[6]),
                    ((Number) r[7]).intValue()));
        }
        return all;
    }

    private static String str(Object o) {
        return o == null ? null : o.toString().trim();
    }
}
