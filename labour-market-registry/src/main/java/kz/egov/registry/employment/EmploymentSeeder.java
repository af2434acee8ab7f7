package kz.egov.registry.employment;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import kz.egov.reference.EmploymentRecords;
import kz.egov.reference.Population;
import kz.egov.registry.config.RegistryConfig;
import org.hibernate.Session;
import org.jboss.logging.Logger;

/**
 * Loads the stand-in employment records (employment contracts, ЕНПФ pension contributions) over the same people as the
 * gateway's ГБД ФЛ on first start, in one JDBC batch, and notes the source and the data date.
 */
@ApplicationScoped
public class EmploymentSeeder {

    public static final String SOURCE = "employment contracts register / ЕНПФ pension contributions, stand-in";

    private static final Logger LOG = Logger.getLogger(EmploymentSeeder.class);

    private final EntityManager em;
    private final Clock clock;

    EmploymentSeeder(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    void seed(@Observes StartupEvent event) {
        QuarkusTransaction.requiringNew().run(() -> {
            long count = ((Number) em.createNativeQuery("SELECT count(*) FROM employment_source").getSingleResult())
                    .longValue();
            if (count == 0) {
                List<EmploymentRecords.Employment> jobs = Population.standard().people().stream()
                        .map(EmploymentRecords::of).flatMap(List::stream).toList();
                insert(jobs);
                em.createNativeQuery("INSERT INTO employment_source (id, source, data_date, records) VALUES (1, ?1, ?2, ?3)")
                        .setParameter(1, SOURCE).setParameter(2, LocalDate.ofInstant(clock.instant(), RegistryConfig.ZONE))
                        .setParameter(3, jobs.size())
                        .executeUpdate();
                LOG.infof("employment records stand-in seeded with %d employments", jobs.size());
            }
        });
    }

    private void insert(List<EmploymentRecords.Employment> jobs) {
        em.unwrap(Session.class).doWork(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO employment_record (iin, employer_bin, "
                    + "employer_name, contract_start, contract_end, last_contribution) VALUES (?, ?, ?, ?, ?, ?)")) {
                for (EmploymentRecords.Employment e : jobs) {
                    ps.setString(1, e.iin());
                    ps.setString(2, e.employerBin());
                    ps.setString(3, e.employerName());
                    ps.setDate(4, Date.valueOf(e.contractStart()));
                    ps.setDate(5, e.contractEnd() == null ? null : Date.valueOf(e.contractEnd()));
                    ps.setDate(6, e.lastContribution() == null ? null : Date.valueOf(e.lastContribution()));
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        });
    }
}
