package kz.egov.catalog.model;

/**
 * A body involved in a variant when there is more than one (V12: an employment centre and an akimat).
 *
 * @param type  its kind
 * @param part  PROVIDER (decides), FRONT_OFFICE (accepts and issues) or CO_PROVIDER
 * @param names its name in the text
 */
public record Organisation(ProviderType type, String part, Names names) {
}
