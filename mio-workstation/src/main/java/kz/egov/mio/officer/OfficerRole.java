package kz.egov.mio.officer;

import java.util.Optional;

import kz.egov.catalog.model.Role;

/** The roles an officer of a provider can hold; the catalog's step roles performed in ИС МИО. */
public enum OfficerRole {
    /** Office clerk (канцелярия). */
    REGISTRAR,
    /** Head of the provider (руководитель). */
    HEAD,
    /** Responsible executor (исполнитель). */
    EXECUTOR,
    /** Specialist who receives, processes and issues (специалист). */
    SPECIALIST,
    /** The person authorised to sign electronic results (уполномоченное лицо). */
    AUTHORISED_PERSON;

    /** The officer role for a catalog step role; empty for roles not performed in ИС МИО (system, applicant, operator). */
    public static Optional<OfficerRole> of(Role role) {
        return switch (role) {
            case REGISTRAR -> Optional.of(REGISTRAR);
            case HEAD -> Optional.of(HEAD);
            case EXECUTOR -> Optional.of(EXECUTOR);
            case SPECIALIST -> Optional.of(SPECIALIST);
            case AUTHORISED_PERSON -> Optional.of(AUTHORISED_PERSON);
            case APPLICANT, OPERATOR, SYSTEM -> Optional.empty();
        };
    }
}
