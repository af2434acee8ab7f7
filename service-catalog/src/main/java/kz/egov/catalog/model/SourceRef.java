package kz.egov.catalog.model;

import java.util.Arrays;
import java.util.List;

/**
 * Where a variant is written down: the original, the sections of it that are the variant's, its language(s).
 *
 * @param file     the original under shared/regulations/originals
 * @param lines    the variant's sections of the original, e.g. {@code L60–207 (Annex 1)}; in a bilingual original
 *                 each section says its language: {@code RU L19–1189; KZ L1883–3200}
 * @param act      the act (number, date, issuer)
 * @param standard the service standard the act rests on
 * @param language kk, ru or "ru+kk"
 */
public record SourceRef(String file, Lines lines, String act, String standard, String language) {

    /** The languages of the original: {@code [kk]}, {@code [ru]} or, for "ru+kk", {@code [ru, kk]}. */
    public List<String> languages() {
        return language == null ? List.of() : Arrays.stream(language.split("\\+")).map(String::trim).toList();
    }

    /** Each range of {@code cited} resolved: see {@link #cite(LineRange)}. */
    public List<SourceLines> cite(Lines cited) {
        return cited.ranges().stream().map(this::cite).toList();
    }

    /**
     * The file, language and lines of one reference of this variant. The language is the reference's own
     * ({@code RU}/{@code KZ} qualifier), else that of the section of {@link #lines()} it lies in, else the original's
     * single language.
     *
     * @throws IllegalArgumentException when the range lies outside every section of {@link #lines()}, or its language
     *                                  is not the section's or the original's, or cannot be told
     */
    public SourceLines cite(LineRange cited) {
        if (lines == null) {
            throw new IllegalArgumentException(cited + ": the source has no lines to cite from");
        }
        LineRange section = lines.ranges().stream().filter(s -> s.contains(cited)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(cited + " lies outside the source's lines " + lines
                        + " of " + file));
        String own = cited.language().orElse(null);
        String sections = section.language().orElse(null);
        if (own != null && sections != null && !own.equals(sections)) {
            throw new IllegalArgumentException(cited + " is " + own + " but lies in the " + sections + " section " + section);
        }
        List<String> languages = languages();
        String lang = own != null ? own : sections != null ? sections : languages.size() == 1 ? languages.get(0) : null;
        if (lang == null) {
            throw new IllegalArgumentException(cited + ": which language? " + file + " is " + language
                    + " and neither the reference nor its section " + section + " says RU or KZ");
        }
        if (!languages.contains(lang)) {
            throw new IllegalArgumentException(cited + " is " + lang + " but " + file + " is " + language);
        }
        return new SourceLines(file, lang, cited.from(), cited.to());
    }
}
