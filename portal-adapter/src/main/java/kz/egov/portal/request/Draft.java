package kz.egov.portal.request;

import java.time.Instant;

/** A request document waiting for the citizen's EDS: exactly these bytes are to be signed. */
public record Draft(String id, String requestId, String iin, String serviceCode, byte[] document, Instant expiresAt) {
}
