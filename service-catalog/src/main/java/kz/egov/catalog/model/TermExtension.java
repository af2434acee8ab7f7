package kz.egov.catalog.model;

/** Extra time the text adds to a term under a condition (V09: +5 working days via a district State Corporation branch). */
public record TermExtension(MaxDuration extra, String condition, Lines lines) {
}
