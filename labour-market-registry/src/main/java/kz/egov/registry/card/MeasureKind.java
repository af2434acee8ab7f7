package kz.egov.registry.card;

/** The active employment measures a person may be referred to («направление на меры содействия занятости»). */
public enum MeasureKind {
    /** трудоустройство */
    EMPLOYMENT,
    /** молодежная практика */
    YOUTH_PRACTICE,
    /** социальные рабочие места */
    SOCIAL_JOBS,
    /** общественные работы */
    PUBLIC_WORKS
}
