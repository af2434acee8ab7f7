package kz.egov.registry.employment;

import java.sql.SQLTransientException;
import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import kz.egov.platform.persistence.Rows;

/** Answers the labour-activity check from the registry's employment records (a running contract on the day). */
@ApplicationScoped
public class LabourActivityCheck {

    private final EntityManager em;

    LabourActivityCheck(EntityManager em) {
        this.em = em;
    }

    /** Must run in a transaction. */
    @SuppressWarnings("unchecked")
    public LabourActivity on(String iin, LocalDate day) {
        List<Object[]> sources = em.createNativeQuery("SELECT source, data_date FROM employment_source WHERE id = 1")
                .getResultList();
        if (sources.isEmpty()) {
            // still being seeded at start-up: transient, so the message is retried rather than refused
            throw new IllegalStateException("employment records not loaded yet",
                    new SQLTransientException("employment records not loaded yet"));
        }
        Object[] source = sources.get(0);
        List<Object[]> rows = em.createNativeQuery("SELECT employer_bin, employer_name, contract_start, contract_end, "
                + "last_contribution FROM employment_record WHERE iin = ?1 ORDER BY contract_start")
                .setParameter(1, iin).getResultList();
        List<LabourActivity.Employment> jobs = rows.stream().map(r -> employment(r, day)).toList();
        return new LabourActivity(jobs.stream().anyMatch(LabourActivity.Employment::active), day, (String) source[0],
                Rows.date(source[1]), jobs);
    }

    private static LabourActivity.Employment employment(Object[] r, LocalDate day) {
        LocalDate start = Rows.date(r[2]);
        LocalDate end = Rows.date(r[3]);
        boolean active = !start.isAfter(day) && (end == null || !end.isBefore(day));
        return new LabourActivity.Employment(((String) r[0]).trim(), (String) r[1], start, end, Rows.date(r[4]), active);
    }
}
