package kz.egov.catalog.model;

/**
 * One process (P) or condition (C) of a portal process/condition sequence.
 *
 * @param id        P1, C1, ...
 * @param actor     who acts
 * @param text      what happens (English)
 * @param onFailure for a condition: the process that follows a failure
 */
public record SequenceItem(String id, String actor, String text, String onFailure) {
    public boolean condition() {
        return id.startsWith("C");
    }
}
