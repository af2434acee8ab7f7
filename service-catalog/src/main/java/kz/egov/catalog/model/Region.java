package kz.egov.catalog.model;

import java.util.List;

/**
 * The region whose act a variant comes from.
 *
 * @param code         our code, e.g. MANGYSTAU
 * @param names        names
 * @param katoPrefixes KATO (КАТО) code prefixes of the territory, e.g. "47"
 * @param note         remarks on the codes
 */
public record Region(String code, Names names, List<String> katoPrefixes, String note) {
    public Region {
        katoPrefixes = katoPrefixes == null ? List.of() : List.copyOf(katoPrefixes);
    }

    public boolean covers(String kato) {
        return kato != null && katoPrefixes.stream().anyMatch(kato::startsWith);
    }
}
