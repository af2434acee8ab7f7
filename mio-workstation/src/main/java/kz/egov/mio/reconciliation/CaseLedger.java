package kz.egov.mio.reconciliation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/** The cases received since a time, with their registry commands (read only). */
@ApplicationScoped
public class CaseLedger {

    private final EntityManager em;

    CaseLedger(EntityManager em) {
        this.em = em;
    }

    @SuppressWarnings("unchecked")
    public List<CaseLedgerEntry> since(Instant since) {
        Map<String, List<CaseLedgerEntry.RegistryCallEntry>> calls = new LinkedHashMap<>();
        List<Object[]> callRows = em.createNativeQuery("SELECT k.request_id, k.command_id, k.command, k.state, "
                + "k.reason_code FROM registry_call k JOIN service_case c ON c.request_id = k.request_id "
                + "WHERE c.received_at >= CAST(?1 AS TIMESTAMPTZ) ORDER BY k.sent_at")
                .setParameter(1, since.toString()).getResultList();
        for (Object[] r : callRows) {
            calls.computeIfAbsent(str(r[0]), k -> new ArrayList<>())
                    .add(new CaseLedgerEntry.RegistryCallEntry(str(r[1]), str(r[2]), str(r[3]), str(r[4])));
        }
        List<Object[]> rows = em.createNativeQuery("SELECT request_id, provider_id, channel, incoming_number, "
                + "gateway_message_id, status, outcome FROM service_case WHERE received_at >= CAST(?1 AS TIMESTAMPTZ) "
                + "ORDER BY received_at").setParameter(1, since.toString()).getResultList();
        List<CaseLedgerEntry> all = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            all.add(new CaseLedgerEntry(str(r[0]), str(r[1]), str(r[2]), str(r[3]), str(r[4]), str(r[5]), str(r[6]),
                    calls.getOrDefault(str(r[0]), List.of())));
        }
        return all;
    }

    private static String str(Object o) {
        return o == null ? null : o.toString().trim();
    }
}
