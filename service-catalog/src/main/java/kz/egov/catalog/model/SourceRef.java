package kz.egov.catalog.model;

/**
 * Where a variant is written down.
 *
 * @param file     the original under shared/regulations/originals
 * @param lines    line range(s), e.g. "RU 19–1189; KZ 1883–3200"
 * @param act      the act (number, date, issuer)
 * @param standard the service standard the act rests on
 * @param language kk, ru or "ru+kk"
 */
public record SourceRef(String file, String lines, String act, String standard, String language) {
}
