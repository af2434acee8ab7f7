package kz.egov.eds.devca;

import java.time.Duration;
import java.time.Instant;

/**
 * Validity and key usage of a development certificate.
 *
 * @param signingKeyUsage true: digitalSignature + nonRepudiation (a signing certificate); false: keyEncipherment
 *                        only (for the wrong-key-usage case)
 */
public record IssueOptions(Instant notBefore, Instant notAfter, boolean signingKeyUsage) {

    /** Valid from an hour ago for a year, for signing. */
    public static IssueOptions defaults() {
        Instant now = Instant.now();
        return new IssueOptions(now.minus(Duration.ofHours(1)), now.plus(Duration.ofDays(365)), true);
    }

    public static IssueOptions validity(Instant notBefore, Instant notAfter) {
        return new IssueOptions(notBefore, notAfter, true);
    }

    public IssueOptions withoutSigningUsage() {
        return new IssueOptions(notBefore, notAfter, false);
    }
}
