package kz.egov.platform.reconciliation;

import java.time.Instant;
import java.time.format.DateTimeParseException;

import kz.egov.contract.reason.ReasonCode;
import kz.egov.contract.reason.RejectedException;

/** The {@code since} parameter of the reconciliation endpoints: an ISO-8601 instant, the epoch when absent. */
public final class Since {

    private Since() {
    }

    public static Instant parse(String since) {
        if (since == null || since.isBlank()) {
            return Instant.EPOCH;
        }
        try {
            return Instant.parse(since);
        } catch (DateTimeParseException e) {
            throw new RejectedException(ReasonCode.VALIDATION_FAILED, "since must be an ISO-8601 instant");
        }
    }
}
