package kz.egov.registry.card;

/** What a person is registered as: job seeker («ищущий работу») or unemployed («безработный»). */
public enum RegistrationKind {
    JOB_SEEKER,
    UNEMPLOYED
}
