package kz.egov.portal.request;

import java.time.Instant;

/**
 * A request the citizen submitted on the portal, with both status streams kept apart. {@code document} and
 * {@code signature} are the signed bytes when the request is created; read back, a request carries its state only and
 * they are null.
 */
public record PortalRequest(String requestId, String iin, String draftId, String serviceCode, String messageId,
        byte[] document, byte[] signature, String idempotencyKey, String technicalStatus, String businessStatus,
        String reasonCode, String providerId, String variantCode, Instant dueAt, Instant submittedAt, Instant updatedAt) {
}
