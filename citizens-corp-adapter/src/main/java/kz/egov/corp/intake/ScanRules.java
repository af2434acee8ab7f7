package kz.egov.corp.intake;

import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import kz.egov.contract.reason.ReasonCode;
import kz.egov.contract.reason.RejectedException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** What a scan may be: not empty, within the size limit, PDF, JPEG or PNG (the gateway's attachment store's rules). */
@ApplicationScoped
public class ScanRules {

    @ConfigProperty(name = "egov.corp.scan-max-bytes", defaultValue = "5242880")
    long maxBytes;

    @ConfigProperty(name = "egov.corp.scan-media-types", defaultValue = "application/pdf,image/jpeg,image/png")
    Set<String> mediaTypes;

    public void check(List<Scan> scans) {
        for (Scan s : scans) {
            if (s.content() == null || s.content().length == 0) {
                throw new RejectedException(ReasonCode.VALIDATION_FAILED, "empty scan " + s.fileName());
            }
            if (s.content().length > maxBytes) {
                throw new RejectedException(ReasonCode.PAYLOAD_TOO_LARGE, "scan " + s.fileName() + " exceeds " + maxBytes
                        + " bytes");
            }
            if (!mediaTypes.contains(mediaType(s))) {
                throw new RejectedException(ReasonCode.UNSUPPORTED_MEDIA_TYPE, "scan " + s.fileName() + ": allowed "
                        + mediaTypes);
            }
        }
    }

    public static String mediaType(Scan s) {
        return s.mediaType() == null ? "" : s.mediaType().split(";")[0].trim().toLowerCase();
    }
}
