package kz.egov.catalog.model;

import java.util.Objects;

/**
 * A maximum duration: the limit of a step or a term.
 *
 * @param amount        the number the text states
 * @param unit          its unit
 * @param sourceWording the text's exact words (e.g. «не более двадцати минут», «1 (бір) жұмыс күні»);
 *                      {@code null} only when {@code derived}
 * @param derived       true when the text states no such value and we computed it (a sum of step limits)
 */
public record MaxDuration(long amount, DurationUnit unit, String sourceWording, boolean derived) {
    public MaxDuration {
        Objects.requireNonNull(unit, "unit");
    }

    public static MaxDuration of(long amount, DurationUnit unit) {
        return new MaxDuration(amount, unit, null, true);
    }

    /** "20 MINUTES" style short form. */
    public String shortForm() {
        return amount + " " + unit;
    }
}
