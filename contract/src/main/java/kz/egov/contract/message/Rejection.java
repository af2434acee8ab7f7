package kz.egov.contract.message;

import java.time.Instant;

import kz.egov.contract.schema.Nullable;

/** A refusal with a reason code from the contract's catalog, sent back to the origin of the refused message. */
public record Rejection(
        String requestId,
        String rejectedMessageId,
        String reasonCode,
        @Nullable String detail,
        String rejectedBy,
        Instant rejectedAt) {
}
