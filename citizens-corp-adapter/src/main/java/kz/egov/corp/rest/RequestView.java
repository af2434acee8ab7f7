package kz.egov.corp.rest;

import java.time.Instant;
import java.util.List;

import kz.egov.corp.receipt.DocumentLine;
import kz.egov.corp.request.DeskRequest;
import kz.egov.corp.request.Timeline;
import kz.egov.corp.tracking.PackageLocation;

/** A request as the desk shows it at a status enquiry: statuses, due date, timeline and where its package is. */
public record RequestView(String requestId, String receiptNumber, String packageId, String applicantIin,
        String applicantName, String serviceCode, String variantCode, String state, Instant submittedAt, Instant dueAt,
        String providerId, String technicalStatus, String businessStatus, String reasonCode, String resultKind,
        Instant resultAt, boolean readyForHandOver, Instant issuedAt, String issueMethod, List<DocumentLine> documents,
        List<Timeline.Event> timeline, PackageLocation location) {

    static RequestView of(DeskRequest r, List<Timeline.Event> timeline, PackageLocation location) {
        return new RequestView(r.requestId(), r.receiptNumber(), r.packageId(), r.applicantIin(), r.applicantName(),
                r.serviceCode(), r.variantCode(), r.state(), r.submittedAt(), r.dueAt(), r.providerId(),
                r.technicalStatus(), r.businessStatus(), r.reasonCode(), r.resultKind(), r.resultAt(),
                r.resultAt() != null && r.issuedAt() == null, r.issuedAt(), r.issueMethod(), r.documents(), timeline,
                location);
    }
}
