package kz.egov.corp.intake;

import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import kz.egov.contract.reason.ReasonCode;
import kz.egov.contract.reason.RejectedException;
import kz.egov.corp.config.CorpConfig;

/** What a scan may be: not empty, within the size limit, PDF, JPEG or PNG (the gateway's attachment store's rules). */
@ApplicationScoped
public class ScanRules {

    private final long maxBytes;
    private final Set<String> mediaTypes;

    ScanRules(CorpConfig config) {
        this.maxBytes = config.corp().scanMaxBytes();
        this.mediaTypes = config.corp().scanMediaTypes();
    }

    public void check(List<Scan> scans) {
        for (Scan s : scans) {
            if (s.content() == null || s.content().length == 0) {
                throw new RejectedException(ReasonCode.VALIDATION_FAILED, "empty scan " + s.fileName());
            }
            if (s.content().length > maxBytes) {
                throw new RejectedException(ReasonCode.PAYLOAD_TOO_LARGE,
                        "scan " + s.fileName() + " exceeds " + maxBytes + " bytes");
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
