package kz.egov.corp.intake;

import java.time.Instant;

/**
 * A complete package waiting for the operator's EDS: the exact request bytes (base64) to sign, with the package id
 * and receipt number they carry.
 */
public record Draft(String packageId, String requestId, String receiptNumber, String serviceCode, String variantCode,
        String document, String documentSha256, Instant expectedDueAt) {
}
