package kz.egov.catalog.model;

/** When a term starts counting. */
public enum TermStart {
    /** The applicant hands in the package (тапсырған сәттен). */
    SUBMISSION,
    /** The provider registers the complete package (толық топтамасын ... тіркеген сәттен / күннен). */
    PACKAGE_REGISTERED_BY_PROVIDER,
    /** The day the local body takes its decision (шешім қабылдаған күннен; V12). */
    DECISION_DATE,
    /** Derived terms: the start of the channel's first step. */
    FIRST_STEP_START
}
