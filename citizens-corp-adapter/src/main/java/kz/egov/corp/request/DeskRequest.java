package kz.egov.corp.request;

import java.time.Instant;
import java.util.List;

import kz.egov.corp.receipt.DocumentLine;

/**
 * A package accepted at a branch's desk and the request made of it, from the draft the operator signs to the
 * hand-over of the result.
 *
 * @param state DRAFT (waiting for the operator's signature) or SUBMITTED
 */
public record DeskRequest(String requestId, String packageId, String branchId, long operatorId, String receiptNumber,
        String applicantIin, String applicantName, String serviceCode, String variantCode, List<DocumentLine> documents,
        String state, String requestMessageId, Instant createdAt, Instant submittedAt, Instant dueAt,
        String providerId, String technicalStatus, String businessStatus, String reasonCode, String resultKind,
        Instant resultAt, Instant issuedAt, Long issuedBy, String issueMethod, String issueEmail) {

    public static final String DRAFT = "DRAFT";
    public static final String SUBMITTED = "SUBMITTED";
}
