package kz.egov.contract.message;

import java.time.Instant;

import kz.egov.contract.schema.Nullable;

/** A movement of a State Corporation paper package, so that it can always be located. */
public record PackageMovement(
        String packageId,
        String requestId,
        Movement movement,
        Instant at,
        String recordedBy,
        @Nullable String comment) {

    public enum Movement {
        PACKED, SENT_TO_PROVIDER, RECEIVED_BY_PROVIDER, RETURNED_TO_BRANCH
    }
}
