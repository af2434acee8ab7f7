package kz.egov.catalog.model;

/**
 * A document of the completeness check.
 *
 * @param code      our code
 * @param names     names
 * @param required  must be in the package
 * @param hasExpiry it has an expiry date that the State Corporation operator checks («қолданылу мерзімі»)
 */
public record ChecklistDocument(String code, Names names, boolean required, boolean hasExpiry) {
}
