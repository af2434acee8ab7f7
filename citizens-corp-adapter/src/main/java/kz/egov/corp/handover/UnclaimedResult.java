package kz.egov.corp.handover;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A result that waits at the branch for its citizen (001 p. 17: the safe keeping of documents not collected in time),
 * with its age in days.
 */
public record UnclaimedResult(String requestId, String receiptNumber, String packageId, String applicantName,
        String serviceCode, String resultKind, Instant resultAt, LocalDate dueOn, long ageDays) {
}
