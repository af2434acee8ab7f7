package kz.egov.portal.request;

/** A file the citizen attached to a draft: the checklist document code, the file name, media type and bytes. */
public record Upload(String documentCode, String fileName, String mediaType, byte[] content) {
}
