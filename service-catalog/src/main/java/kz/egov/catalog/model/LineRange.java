package kz.egov.catalog.model;

import java.util.Optional;

/**
 * One reference of a {@link Lines}: the lines {@code from}–{@code to} (1-based, inclusive) of a variant's original, as
 * the catalog cites them, e.g. {@code p.5 L373–374 (step 1)}.
 *
 * @param from      first line, at least 1
 * @param to        last line, not before {@code from} ({@code from} itself for a single line)
 * @param qualifier where in the text, before the {@code L}: {@code p.5}, {@code App. 2 Table 2}, {@code RU}, {@code KZ};
 *                  {@code null} when none. A first word {@code RU} or {@code KZ} names the language.
 * @param comment   the remark in brackets after the range, without them; {@code null} when none
 */
public record LineRange(int from, int to, String qualifier, String comment) {

    public LineRange {
        if (from < 1) {
            throw new IllegalArgumentException("line " + from + ": lines count from 1");
        }
        if (to < from) {
            throw new IllegalArgumentException("L" + from + "–" + to + " ends before it starts");
        }
        if (qualifier != null && qualifier.isBlank()) {
            qualifier = null;
        }
        if (comment != null && comment.isBlank()) {
            comment = null;
        }
    }

    /** A single line or a range, without qualifier or comment. */
    public static LineRange of(int from, int to) {
        return new LineRange(from, to, null, null);
    }

    /** The language the qualifier names: {@code ru} for {@code RU}, {@code kk} for {@code KZ}; empty otherwise. */
    public Optional<String> language() {
        if (qualifier == null) {
            return Optional.empty();
        }
        String first = qualifier.split(" ", 2)[0];
        return switch (first) {
            case "RU" -> Optional.of("ru");
            case "KZ" -> Optional.of("kk");
            default -> Optional.empty();
        };
    }

    /** Whether {@code other}'s lines all lie within this range. */
    public boolean contains(LineRange other) {
        return from <= other.from && other.to <= to;
    }

    /** The range as the catalog writes it, without the qualifier: {@code L12}, {@code L12–40}, {@code L12–40 (Annex 3)}. */
    public String range() {
        return "L" + from + (to == from ? "" : "–" + to) + (comment == null ? "" : " (" + comment + ")");
    }

    /** The reference as the catalog writes it: {@code p.5 L373–374 (step 1)}. */
    @Override
    public String toString() {
        return (qualifier == null ? "" : qualifier + " ") + range();
    }
}
