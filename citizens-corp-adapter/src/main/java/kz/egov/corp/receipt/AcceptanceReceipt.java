package kz.egov.corp.receipt;

import java.time.Instant;
import java.util.List;

/**
 * The receipt of acceptance (расписка / қолхат): number, date, operator, accepted documents, the package id printed
 * on it and the due date (the catalog's term over the working-day calendar).
 */
public record AcceptanceReceipt(String number, Instant issuedAt, String branchId, String branchName,
        String operatorName, String applicantIin, String applicantName, String serviceCode, String serviceNameRu,
        String serviceNameKk, String variantCode, String requestId, String packageId, List<DocumentLine> documents,
        Instant dueAt) {
}
