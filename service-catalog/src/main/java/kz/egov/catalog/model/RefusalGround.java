package kz.egov.catalog.model;

/** A ground for a motivated refusal (SAMPLE placeholder for the standard's point 10). */
public record RefusalGround(String code, String ru, String kk, boolean sample) {
}
