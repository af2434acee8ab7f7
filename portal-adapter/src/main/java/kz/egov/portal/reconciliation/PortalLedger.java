package kz.egov.portal.reconciliation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import kz.egov.platform.persistence.Rows;

/** The requests submitted since a time, with their business statuses and results (read only). */
@ApplicationScoped
public class PortalLedger {

    private final EntityManager em;

    PortalLedger(EntityManager em) {
        this.em = em;
    }

    public List<PortalLedgerEntry> since(Instant since) {
        String ts = Rows.ts(since);
        Map<String, List<PortalLedgerEntry.BusinessEvent>> statuses = new LinkedHashMap<>();
        for (Object[] r : Rows.list(em.createNativeQuery("SELECT e.request_id, e.status, e.message_id, e.applied "
                + "FROM request_event e "
                + "JOIN portal_request r ON r.request_id = e.request_id WHERE r.submitted_at >= CAST(?1 AS TIMESTAMPTZ) "
                + "AND e.stream = 'BUSINESS' ORDER BY e.id").setParameter(1, ts))) {
            statuses.computeIfAbsent(Rows.string(r[0]), k -> new ArrayList<>()).add(new PortalLedgerEntry.BusinessEvent(
                    Rows.string(r[1]), Rows.string(r[2]), Boolean.TRUE.equals(r[3])));
        }
        Map<String, Integer> results = new LinkedHashMap<>();
        for (Object[] r : Rows.list(em.createNativeQuery("SELECT d.request_id, count(*) FROM result_document d "
                + "JOIN portal_request r ON r.request_id = d.request_id WHERE r.submitted_at >= CAST(?1 AS TIMESTAMPTZ) "
                + "GROUP BY d.request_id").setParameter(1, ts))) {
            results.put(Rows.string(r[0]), (int) Rows.number(r[1]));
        }
        List<PortalLedgerEntry> all = new ArrayList<>();
        for (Object[] r : Rows.list(em.createNativeQuery("SELECT request_id, message_id, technical_status, "
                + "business_status, reason_code, provider_id FROM portal_request WHERE submitted_at >= "
                + "CAST(?1 AS TIMESTAMPTZ) ORDER BY submitted_at").setParameter(1, ts))) {
            String id = Rows.string(r[0]);
            all.add(new PortalLedgerEntry(id, Rows.string(r[1]), Rows.string(r[2]), Rows.string(r[3]),
                    Rows.string(r[4]), Rows.string(r[5]), statuses.getOrDefault(id, List.of()),
                    results.getOrDefault(id, 0)));
        }
        return all;
    }
}
