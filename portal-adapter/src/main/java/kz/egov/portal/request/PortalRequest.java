package kz.egov.portal.request;

import java.time.Instant;

/** A request the citizen submitted on the portal, with both status streams kept apart. */
public record PortalRequest(String requestId, String iin, String draftId, String serviceCode, String messageId,
        byte[] document, byte[] signature, String idempotencyKey, String technicalStatus, String businessStatus,
        String reasonCode, String providerId, String variantCode, Instant dueAt, Instant submittedAt, Instant updatedAt) {
}
