package kz.egov.registry.card;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A personal record card («карточка персонального учета») of one person in АИС «Рынок труда»: identification data,
 * registrations as job seeker / unemployed (with deregistrations), referrals to measures and the full history.
 *
 * @param status UNEMPLOYED, JOB_SEEKER (active registrations) or DEREGISTERED
 */
public record RecordCard(String iin, String status, Identification identification, List<Registration> registrations,
        List<Referral> referrals, List<HistoryEntry> history, Instant createdAt, Instant updatedAt) {

    public static RecordCard of(String iin, Identification identification, List<Registration> registrations,
            List<Referral> referrals, List<HistoryEntry> history, Instant createdAt, Instant updatedAt) {
        String status = activeIn(registrations, RegistrationKind.UNEMPLOYED).isPresent() ? "UNEMPLOYED"
                : activeIn(registrations, RegistrationKind.JOB_SEEKER).isPresent() ? "JOB_SEEKER" : "DEREGISTERED";
        return new RecordCard(iin, status, identification, registrations, referrals, history, createdAt, updatedAt);
    }

    /** The active registration of that kind, if any. */
    public Optional<Registration> activeRegistration(RegistrationKind kind) {
        return activeIn(registrations, kind);
    }

    private static Optional<Registration> activeIn(List<Registration> registrations, RegistrationKind kind) {
        return registrations.stream().filter(r -> r.kind() == kind && r.active()).findFirst();
    }
}
