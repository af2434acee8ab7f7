package kz.egov.contract.message;

import java.time.Instant;

import kz.egov.contract.status.TechnicalStatus;
import kz.egov.contract.schema.Nullable;

/** The gateway's technical status for a request: accepted for routing, or delivered to the provider. */
public record TechnicalReceipt(
        String requestId,
        TechnicalStatus status,
        Instant at,
        @Nullable String providerId,
        @Nullable String variantCode) {
}
