package kz.egov.catalog.model;

import java.util.List;

/**
 * The overall term of a channel (срок оказания государственной услуги / мемлекеттік қызметті көрсету мерзімі).
 *
 * @param parts                 one part when the text states the term; where the text states none, the sum of the
 *                              step limits grouped by unit, each part marked {@code derived}
 * @param start                 when counting starts
 * @param lines                 the source lines of the stated term, {@code null} when derived
 * @param excludesAcceptanceDay the day of acceptance is not counted (V09: «құжаттарды қабылдау күні ... мерзіміне кірмейді»)
 * @param extensions            additions under conditions
 * @param note                  remarks
 * @param fromTheDay            the text counts from the day of its start («…шешім қабылдаған күннен бастап», V12), not the
 *                              moment: the start's own day is not counted (the Civil Code, art. 172: a period runs from
 *                              the day after the event), counting opens the next working day
 */
public record Term(List<MaxDuration> parts, TermStart start, Lines lines, boolean excludesAcceptanceDay,
                   List<TermExtension> extensions, String note, boolean fromTheDay) {
    public Term {
        parts = parts == null ? List.of() : List.copyOf(parts);
        extensions = extensions == null ? List.of() : List.copyOf(extensions);
    }

    /** Counting opens on the next working day after the start's day (V09's acceptance day, V12's decision day). */
    public boolean startsTheNextWorkingDay() {
        return excludesAcceptanceDay || fromTheDay;
    }

    /** True when the text gives no term and this one is the sum of the step limits. */
    public boolean derived() {
        return !parts.isEmpty() && parts.stream().allMatch(MaxDuration::derived);
    }

    /** The single stated limit, when the term has exactly one part. */
    public MaxDuration limit() {
        if (parts.size() != 1) {
            throw new IllegalStateException("term has " + parts.size() + " parts: " + parts);
        }
        return parts.get(0);
    }
}
