package kz.egov.portal.cabinet;

import java.time.Instant;

/**
 * A result document (or motivated refusal) exactly as the portal received it through the gateway, with who signed it
 * and when the gateway checked that signature.
 */
public record StoredResult(String documentId, String requestId, byte[] body, String bodySha256, byte[] signature,
        String kind, String title, String signerName, String signerOrganisation, String signerBin,
        String certificateSerial, String providerId, String messageId, String gatewayCheckedAt, Instant receivedAt) {
}
