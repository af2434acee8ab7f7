package kz.egov.portal.verify;

import java.time.Instant;

/**
 * The public answer about a result document: whether it is authentic (and if not, the reason code and its words),
 * what it is, who signed it, when the portal received it, what the gateway's evidence says, and the signing
 * certificate's state now.
 */
public record VerificationReport(boolean authentic, String reasonCode, String reason, String detail, String documentId,
        String requestId, String kind, String title, Signer signer, Instant receivedAt, GatewayEvidence gatewayEvidence,
        String certificateStateNow, Instant checkedAt) {

    /** The officer who signed, as the certificate names them (IIN masked). */
    public record Signer(String name, String organisation, String bin, String iinMasked, String certificateSerial) {
    }

    /** The gateway's record of its check of the officer's signature when it forwarded the result. */
    public record GatewayEvidence(boolean available, boolean recorded, String checkedAt, String revocation) {
    }
}
