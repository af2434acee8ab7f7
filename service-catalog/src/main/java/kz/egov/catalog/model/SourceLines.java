package kz.egov.catalog.model;

/**
 * A reference resolved against its variant's {@link SourceRef}: which original, in which language, which lines.
 *
 * @param file     the original under shared/regulations/originals (e.g. {@code 003_bbbd0f9291d09582.txt})
 * @param language {@code ru} or {@code kk}: the language of the text at those lines
 * @param from     first line (1-based)
 * @param to       last line, inclusive
 */
public record SourceLines(String file, String language, int from, int to) {

    @Override
    public String toString() {
        return file + " " + language + " L" + from + (to == from ? "" : "–" + to);
    }
}
