package kz.egov.corp.intake;

/** A scanned original as uploaded by the operator. */
public record Scan(String fileName, String mediaType, byte[] content) {
}
