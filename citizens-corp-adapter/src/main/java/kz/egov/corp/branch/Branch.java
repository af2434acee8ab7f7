package kz.egov.corp.branch;

/**
 * A State Corporation branch (ЦОН) hosted by this deployment: a participant of the gateway with the State
 * Corporation's BIN and its region's KATO prefix.
 */
public record Branch(String id, String name, String bin, String kato, boolean active) {
}
