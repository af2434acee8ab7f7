package kz.egov.gateway.person;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import kz.egov.contract.message.PersonRecord;
import kz.egov.reference.Population;
import org.hibernate.Session;
import org.jboss.logging.Logger;
import kz.egov.platform.persistence.AppendOnlyInserts;
import kz.egov.platform.persistence.NativeRows;

/**
 * The ГБД ФЛ stand-in owned by the gateway: the state database of individuals, seeded on first start with the
 * generated population. Every read is logged with who read whose data and why.
 */
@ApplicationScoped
public class PersonDirectory {

    private static final Logger LOG = Logger.getLogger(PersonDirectory.class);

    private final EntityManager em;
    private final AppendOnlyInserts inserts;

    PersonDirectory(EntityManager em, AppendOnlyInserts inserts) {
        this.em = em;
        this.inserts = inserts;
    }

    void seed(@Observes StartupEvent event) {
        QuarkusTransaction.requiringNew().run(() -> {
            long count = ((Number) em.createNativeQuery("SELECT count(*) FROM person").getSingleResult()).longValue();
            if (count == 0) {
                List<PersonRecord> people = Population.standard().people();
                em.unwrap(Session.class).doWork(c -> {
                    try (PreparedStatement ps = c.prepareStatement("INSERT INTO person (iin, surname, given_name, "
                            + "patronymic, birth_date, sex, deceased, death_date, address_kato, address_text) "
                            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                        for (PersonRecord p : people) {
                            ps.setString(1, p.iin());
                            ps.setString(2, p.surname());
                            ps.setString(3, p.givenName());
                            ps.setString(4, p.patronymic());
                            ps.setDate(5, Date.valueOf(p.birthDate()));
                            ps.setString(6, p.sex());
                            ps.setBoolean(7, p.deceased());
                            ps.setDate(8, p.deathDate() == null ? null : Date.valueOf(p.deathDate()));
                            ps.setString(9, p.addressKato());
                            ps.setString(10, p.addressText());
                            ps.addBatch();
                        }
                        ps.executeBatch();
                    }
                });
                LOG.infof("ГБД ФЛ stand-in seeded with %d people", people.size());
            }
        });
    }

    /** Looks a person up for the gateway's own check and logs the read; must run in a transaction. */
    public Optional<PersonRecord> read(String iin, String reader, String purpose, String requestId) {
        return read(iin, reader, purpose, requestId, null);
    }

    /** Looks a person up and logs the read (with the acting person, if any); must run in a transaction. */
    public Optional<PersonRecord> read(String iin, String reader, String purpose, String requestId, String actorIin) {
        List<Object[]> rows = NativeRows.list(em, "SELECT iin, surname, given_name, patronymic, birth_date, sex, "
                + "deceased, death_date, address_kato, address_text FROM person WHERE iin = ?1", iin);
        Optional<PersonRecord> person = rows.isEmpty() ? Optional.empty() : Optional.of(toRecord(rows.get(0)));
        inserts.insert("INSERT INTO person_read (reader, iin, purpose, request_id, found, actor_iin) "
                + "VALUES (?, ?, ?, ?, ?, ?)", reader, iin, purpose, requestId, person.isPresent(), actorIin);
        return person;
    }

    /** Logs a refused read (nothing was read); must run in a transaction that commits. */
    public void refused(String iin, String reader, String purpose, String requestId, String actorIin, String reason) {
        inserts.insert("INSERT INTO person_read (reader, iin, purpose, request_id, found, actor_iin, refused) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?)", reader, iin, purpose, requestId, false, actorIin, reason);
    }

    /** Who read this person's data, newest first (for the person's own enquiry and for audit). */
    @SuppressWarnings("unchecked")
    public List<Object[]> reads(String iin) {
        return em.createNativeQuery("SELECT reader, purpose, request_id, found, read_at FROM person_read "
                + "WHERE iin = ?1 "
                + "ORDER BY id DESC").setParameter(1, iin).getResultList();
    }

    private static PersonRecord toRecord(Object[] r) {
        return new PersonRecord(((String) r[0]).trim(), (String) r[1], (String) r[2], (String) r[3], localDate(r[4]),
                String.valueOf(r[5]).trim(), (Boolean) r[6], localDate(r[7]), (String) r[8], (String) r[9]);
    }

    private static LocalDate localDate(Object o) {
        if (o == null) {
            return null;
        }
        return o instanceof LocalDate d ? d : ((Date) o).toLocalDate();
    }
}
