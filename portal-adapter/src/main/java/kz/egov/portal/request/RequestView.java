package kz.egov.portal.request;

import java.time.Instant;
import java.util.List;

import kz.egov.portal.cabinet.StatusTexts;
import kz.egov.portal.cabinet.Stream;
import kz.egov.portal.cabinet.TimelineEntry;

/**
 * A request in the personal cabinet: its overall status, both status streams kept apart, the refusal reason, the
 * provider and variant, the due date, whether it may still be withdrawn, the result (when delivered) and the full
 * history («История получения услуг»).
 */
public record RequestView(String requestId, String serviceCode, String status, String statusText,
        String technicalStatus, String businessStatus, String reasonCode, String reasonText, String providerId,
        String variantCode, Instant dueAt, Instant submittedAt, boolean withdrawable, String resultDocumentId,
        List<TimelineEntry> timeline) {

    /** The status the citizen sees first: the provider's when there is one, else the gateway's, else submitted. */
    static String overall(PortalRequest r) {
        if (r.businessStatus() != null) {
            return r.businessStatus();
        }
        return r.technicalStatus() != null ? r.technicalStatus() : StatusTexts.SUBMITTED;
    }

    static String overallText(PortalRequest r, String language) {
        Stream stream = r.businessStatus() != null ? Stream.BUSINESS
                : r.technicalStatus() != null ? Stream.TECHNICAL : Stream.PORTAL;
        return StatusTexts.text(stream, overall(r), language);
    }
}
