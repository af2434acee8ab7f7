package kz.egov.catalog.model;

import kz.egov.contract.reason.ReasonCode;

/**
 * What АИС «Рынок труда» must find before it applies a command of a variant, as that variant's text (or, marked
 * inferred, its service's name) gives it; a requirement that does not hold refuses the command with its reason.
 */
public enum RegistryRequirement {
    /** A personal record card exists (карточка персонального учета). */
    RECORD_CARD(ReasonCode.REGISTRY_NO_RECORD_CARD),
    /** An active registration as a job seeker. */
    ACTIVE_JOB_SEEKER(ReasonCode.REGISTRY_NOT_JOB_SEEKER),
    /** An active registration as a job seeker or as unemployed («в качестве лица, ищущего работу или безработного»). */
    ACTIVE_JOB_SEEKER_OR_UNEMPLOYED(ReasonCode.REGISTRY_NOT_JOB_SEEKER),
    /** An active registration as unemployed. */
    ACTIVE_UNEMPLOYED(ReasonCode.REGISTRY_NOT_UNEMPLOYED),
    /** The applicant's surname, given name and birth date match the card's. */
    IDENTITY_MATCHES_CARD(ReasonCode.REGISTRY_IDENTITY_MISMATCH);

    private final ReasonCode refusal;

    RegistryRequirement(ReasonCode refusal) {
        this.refusal = refusal;
    }

    /** The reason a command is refused with when this requirement does not hold. */
    public ReasonCode refusal() {
        return refusal;
    }
}
