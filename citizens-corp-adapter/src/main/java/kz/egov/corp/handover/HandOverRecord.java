package kz.egov.corp.handover;

import java.time.Instant;

/** A recorded hand-over: who handed it over, when, how, and to which address for an e-mail. */
public record HandOverRecord(String requestId, String receiptNumber, String issuedBy, Instant issuedAt, String method,
        String email, String businessStatus) {
}
