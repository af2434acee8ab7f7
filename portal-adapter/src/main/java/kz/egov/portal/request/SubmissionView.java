package kz.egov.portal.request;

import java.time.Instant;

/** The answer to a submission: the request id and its first status. */
public record SubmissionView(String requestId, String serviceCode, String status, String statusText,
        Instant submittedAt) {
}
