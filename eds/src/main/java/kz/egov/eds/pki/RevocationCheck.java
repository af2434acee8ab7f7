package kz.egov.eds.pki;

import java.time.Instant;

/**
 * The outcome of a revocation check, as evidence: the status, which source decided it ({@code CRL}, {@code OCSP}),
 * and the moment the status is for (the check time the caller passed).
 */
public record RevocationCheck(RevocationStatus status, String source, Instant checkedAt) {
}
