package kz.egov.reference;

/** A district (or city) by its KATO (КАТО) code, in one of the regions of the regulations. */
public record District(String kato, String region, String name) {
}
