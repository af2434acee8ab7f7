package kz.egov.catalog.model;

/**
 * One of the disagreeing statements of a contradiction, as the text has it.
 *
 * @param wording  the exact words
 * @param lines    source lines
 * @param language kk or ru
 * @param amount   the number stated, when it is a duration
 * @param unit     its unit, when it is a duration
 */
public record Statement(String wording, Lines lines, String language, Long amount, DurationUnit unit) {
    public boolean isDuration() {
        return amount != null && unit != null;
    }
}
