package kz.egov.contract.message;

import java.time.Instant;

import kz.egov.contract.status.BusinessStatus;
import kz.egov.contract.schema.Nullable;

/** A business status change of a request, with the acting role and, where known, the new due time. */
public record StatusChange(
        String requestId,
        BusinessStatus status,
        Instant changedAt,
        String actingRole,
        @Nullable String comment,
        @Nullable Instant dueAt,
        @Nullable String incomingNumber) {
}
