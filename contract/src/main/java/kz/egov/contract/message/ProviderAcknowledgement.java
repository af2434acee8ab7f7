package kz.egov.contract.message;

import java.time.Instant;

import kz.egov.contract.schema.Nullable;

/**
 * The provider's system received and stored the request under its incoming number: "delivered to provider". When
 * the provider gives the request its first business status in the same step («поступившие», with the incoming number
 * and the term), that status travels in {@code status} — one message instead of two, forwarded by the gateway to
 * the origin as the provider signed it.
 */
public record ProviderAcknowledgement(
        String requestId,
        String providerId,
        String incomingNumber,
        Instant acknowledgedAt,
        @Nullable StatusChange status) {

    /** An acknowledgement alone: the business status follows in a message of its own. */
    public ProviderAcknowledgement(String requestId, String providerId, String incomingNumber, Instant acknowledgedAt) {
        this(requestId, providerId, incomingNumber, acknowledgedAt, null);
    }
}
