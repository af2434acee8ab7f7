package kz.egov.portal.request;

import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import kz.egov.contract.reason.ReasonCode;
import kz.egov.contract.reason.RejectedException;
import kz.egov.portal.config.PortalConfig;

/**
 * What the portal accepts as an attachment before it goes to the gateway's store: a number of files, a size per
 * file, and PDF, JPEG or PNG whose first bytes really are that format.
 */
@ApplicationScoped
public class AttachmentRules {

    private final long maxBytes;
    private final int maxFiles;
    private final Set<String> mediaTypes;

    AttachmentRules(PortalConfig config) {
        PortalConfig.Attachments attachments = config.portal().attachments();
        this.maxBytes = attachments.maxBytes();
        this.maxFiles = attachments.maxFiles();
        this.mediaTypes = Set.copyOf(attachments.mediaTypes());
    }

    public void check(List<Upload> uploads, Set<String> documentCodes) {
        if (uploads.size() > maxFiles) {
            throw new RejectedException(ReasonCode.VALIDATION_FAILED, "at most " + maxFiles + " files");
        }
        for (Upload u : uploads) {
            if (!documentCodes.contains(u.documentCode())) {
                throw new RejectedException(ReasonCode.VALIDATION_FAILED, "part " + u.documentCode()
                        + " is not a document of this service's checklist " + documentCodes);
            }
            if (u.content().length == 0) {
                throw new RejectedException(ReasonCode.VALIDATION_FAILED, "empty file " + u.fileName());
            }
            if (u.content().length > maxBytes) {
                throw new RejectedException(ReasonCode.PAYLOAD_TOO_LARGE, u.fileName() + " exceeds " + maxBytes + " bytes");
            }
            String type = mediaType(u.mediaType());
            if (!mediaTypes.contains(type) || !looksLike(type, u.content())) {
                throw new RejectedException(ReasonCode.UNSUPPORTED_MEDIA_TYPE, u.fileName() + ": allowed " + mediaTypes);
            }
        }
    }

    static String mediaType(String contentType) {
        return contentType == null ? "" : contentType.split(";")[0].trim().toLowerCase();
    }

    private static boolean looksLike(String type, byte[] c) {
        return switch (type) {
            case "application/pdf" -> starts(c, 0x25, 0x50, 0x44, 0x46);
            case "image/jpeg" -> starts(c, 0xFF, 0xD8, 0xFF);
            case "image/png" -> starts(c, 0x89, 0x50, 0x4E, 0x47);
            default -> true;
        };
    }

    private static boolean starts(byte[] c, int... magic) {
        if (c.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((c[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
