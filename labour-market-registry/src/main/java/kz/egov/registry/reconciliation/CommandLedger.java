package kz.egov.registry.reconciliation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/** The commands processed since a time and the effects each left (read only). */
@ApplicationScoped
public class CommandLedger {

    private final EntityManager em;

    CommandLedger(EntityManager em) {
        this.em = em;
    }

    @SuppressWarnings("unchecked")
    public List<CommandLedgerEntry> since(Instant since) {
        List<Object[]> rows = em.createNativeQuery("SELECT c.command_id, c.command, c.request_id, c.provider_id, "
                + "c.accepted, c.reason_code, c.repeats, "
                + "(SELECT count(*) FROM card_history h WHERE h.command_id = c.command_id), "
                + "(SELECT count(*) FROM card_registration g WHERE g.request_id = c.request_id) "
                + "FROM registry_command c WHERE c.processed_at >= CAST(?1 AS TIMESTAMPTZ) ORDER BY c.processed_at")
                .setParameter(1, since.toString()).getResultList();
        List<CommandLedgerEntry> all = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            all.add(new CommandLedgerEntry(str(r[0]), str(r[1]), str(r[2]), str(r[3]), Boolean.TRUE.equals(r[4]),
                    str(r[5]), ((Number) r[6]).intValue(), ((Number) r[7]).intValue(), ((Number) r[8]).intValue()));
        }
        return all;
    }

    private static String str(Object o) {
        return o == null ? null : o.toString().trim();
    }
}
