package kz.egov.registry.card;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import com.fasterxml.jackson.databind.JsonNode;
import kz.egov.contract.envelope.EnvelopeCodec;
import kz.egov.platform.persistence.Rows;

/** The personal record cards: reading a whole card, and the writes the commands make. Every call needs a transaction. */
@ApplicationScoped
public class RecordCards {

    private final EntityManager em;

    RecordCards(EntityManager em) {
        this.em = em;
    }

    /** The card with everything on it, locked for update when {@code lock} (a command is about to change it). */
    @SuppressWarnings("unchecked")
    public Optional<RecordCard> find(String iin, boolean lock) {
        List<Object[]> rows = em.createNativeQuery("SELECT surname, given_name, patronymic, birth_date, created_at, "
                + "updated_at FROM record_card WHERE iin = ?1" + (lock ? " FOR UPDATE" : "")).setParameter(1, iin)
                .getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] r = rows.get(0);
        Identification id = new Identification((String) r[0], (String) r[1], (String) r[2], Rows.date(r[3]));
        return Optional.of(RecordCard.of(iin, id, registrations(iin), referrals(iin), history(iin), Rows.instant(r[4]),
                Rows.instant(r[5])));
    }

    public void create(String iin, Identification id, Instant at) {
        em.createNativeQuery("INSERT INTO record_card (iin, surname, given_name, patronymic, birth_date, created_at, "
                + "updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6)").setParameter(1, iin).setParameter(2, id.surname())
                .setParameter(3, id.givenName()).setParameter(4, id.patronymic()).setParameter(5, id.birthDate())
                .setParameter(6, at).executeUpdate();
    }

    /** The identification data entered anew (a person registering again after deregistration). */
    public void identify(String iin, Identification id) {
        em.createNativeQuery("UPDATE record_card SET surname = ?2, given_name = ?3, patronymic = ?4, birth_date = ?5 "
                + "WHERE iin = ?1").setParameter(1, iin).setParameter(2, id.surname()).setParameter(3, id.givenName())
                .setParameter(4, id.patronymic()).setParameter(5, id.birthDate()).executeUpdate();
    }

    public void register(String iin, RegistrationKind kind, LocalDate on, String providerId, String channel,
            String requestId, String decisionNumber, LocalDate decisionDate) {
        em.createNativeQuery("INSERT INTO card_registration (iin, kind, registered_on, provider_id, channel, request_id, "
                + "decision_number, decision_date) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)").setParameter(1, iin)
                .setParameter(2, kind.name()).setParameter(3, on).setParameter(4, providerId).setParameter(5, channel)
                .setParameter(6, requestId).setParameter(7, decisionNumber).setParameter(8, decisionDate)
                .executeUpdate();
    }

    public void deregister(long registrationId, LocalDate on, String reason, String requestId) {
        em.createNativeQuery("UPDATE card_registration SET deregistered_on = ?2, deregistration_reason = ?3, "
                + "deregistration_request = ?4 WHERE id = ?1 AND deregistered_on IS NULL").setParameter(1, registrationId)
                .setParameter(2, on).setParameter(3, reason).setParameter(4, requestId).executeUpdate();
    }

    public void refer(String iin, Referral r) {
        em.createNativeQuery("INSERT INTO card_referral (iin, measure_kind, referred_on, provider_id, request_id, "
                + "employer, employer_bin, vacancy, referral_number, data) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)")
                .setParameter(1, iin).setParameter(2, r.measureKind().name()).setParameter(3, r.referredOn())
                .setParameter(4, r.providerId()).setParameter(5, r.requestId()).setParameter(6, r.employer())
                .setParameter(7, r.employerBin()).setParameter(8, r.vacancy()).setParameter(9, r.referralNumber())
                .setParameter(10, r.data().toString()).executeUpdate();
    }

    /** Appends one history entry (at most one per command) and marks the card updated. */
    public void record(String iin, HistoryEntry h) {
        em.createNativeQuery("INSERT INTO card_history (iin, command_id, command, change, provider_id, "
                + "acting_officer_iin, request_id, at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)").setParameter(1, iin)
                .setParameter(2, h.commandId()).setParameter(3, h.command()).setParameter(4, h.change())
                .setParameter(5, h.providerId()).setParameter(6, h.actingOfficerIin()).setParameter(7, h.requestId())
                .setParameter(8, h.at()).executeUpdate();
        em.createNativeQuery("UPDATE record_card SET updated_at = ?2 WHERE iin = ?1").setParameter(1, iin)
                .setParameter(2, h.at()).executeUpdate();
    }

    @SuppressWarnings("unchecked")
    private List<Registration> registrations(String iin) {
        List<Object[]> rows = em.createNativeQuery("SELECT id, kind, registered_on, provider_id, channel, request_id, "
                + "decision_number, decision_date, deregistered_on, deregistration_reason, deregistration_request "
                + "FROM card_registration WHERE iin = ?1 ORDER BY id").setParameter(1, iin).getResultList();
        return rows.stream().map(r -> new Registration(((Number) r[0]).longValue(), RegistrationKind.valueOf((String) r[1]),
                r[8] == null, Rows.date(r[2]), (String) r[3], (String) r[4], (String) r[5], (String) r[6],
                Rows.date(r[7]), Rows.date(r[8]), (String) r[9], (String) r[10])).toList();
    }

    @SuppressWarnings("unchecked")
    private List<Referral> referrals(String iin) {
        List<Object[]> rows = em.createNativeQuery("SELECT measure_kind, referred_on, provider_id, request_id, employer, "
                + "employer_bin, vacancy, referral_number, data FROM card_referral WHERE iin = ?1 ORDER BY id")
                .setParameter(1, iin).getResultList();
        return rows.stream().map(r -> new Referral(MeasureKind.valueOf((String) r[0]), Rows.date(r[1]), (String) r[2],
                (String) r[3], (String) r[4], r[5] == null ? null : ((String) r[5]).trim(), (String) r[6],
                (String) r[7], json((String) r[8]))).toList();
    }

    @SuppressWarnings("unchecked")
    private List<HistoryEntry> history(String iin) {
        List<Object[]> rows = em.createNativeQuery("SELECT at, command, change, provider_id, acting_officer_iin, "
                + "request_id, command_id FROM card_history WHERE iin = ?1 ORDER BY id").setParameter(1, iin)
                .getResultList();
        return rows.stream().map(r -> new HistoryEntry(Rows.instant(r[0]), (String) r[1], (String) r[2], (String) r[3],
                ((String) r[4]).trim(), (String) r[5], (String) r[6])).toList();
    }

    private static JsonNode json(String text) {
        try {
            return EnvelopeCodec.json().readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
