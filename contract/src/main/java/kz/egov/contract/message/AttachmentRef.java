package kz.egov.contract.message;

import kz.egov.contract.schema.Nullable;
import kz.egov.contract.schema.Pattern;

/**
 * A file that travels by reference: uploaded to the gateway's attachment store and listed in the signed document by
 * its SHA-256, size and media type.
 */
public record AttachmentRef(
        @Pattern(Pattern.SHA256) String sha256,
        long size,
        String mediaType,
        String fileName,
        @Nullable String documentCode) {
}
