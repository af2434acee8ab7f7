package kz.egov.catalog.model;

/**
 * Motivated refusal (мотивированный отказ / дәлелді жауап).
 *
 * @param grounds STD_P10 when the text only points to point 10 of the standard, otherwise the text's grounds
 * @param lines   source lines
 * @param note    remarks
 */
public record MotivatedRefusal(String grounds, Lines lines, String note) {
    public boolean pointsToStandard() {
        return "STD_P10".equals(grounds);
    }
}
