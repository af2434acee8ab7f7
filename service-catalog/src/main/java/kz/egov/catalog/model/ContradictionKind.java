package kz.egov.catalog.model;

public enum ContradictionKind {
    /** Two durations for one step. */
    TWO_DURATIONS_FOR_STEP,
    /** The stated term is shorter than the sum of its steps. */
    TERM_SHORTER_THAN_STEPS,
    /** Kazakh «кем емес» (not less than) against Russian «не более» (not more than). */
    NOT_LESS_VERSUS_NOT_MORE,
    /** The Kazakh and Russian texts state different numbers. */
    LANGUAGE_VALUE_MISMATCH,
    /** Any other disagreement inside the text. */
    OTHER
}
