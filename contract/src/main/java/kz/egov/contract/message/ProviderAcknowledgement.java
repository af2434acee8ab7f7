package kz.egov.contract.message;

import java.time.Instant;

/** The provider's system received and stored the request under its incoming number: "delivered to provider". */
public record ProviderAcknowledgement(
        String requestId,
        String providerId,
        String incomingNumber,
        Instant acknowledgedAt) {
}
