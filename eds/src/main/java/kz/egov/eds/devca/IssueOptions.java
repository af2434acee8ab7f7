package kz.egov.eds.devca;

import java.time.Duration;
import java.time.Instant;

/**
 * Validity and key usage of a development certificate. Without a validity ({@link #defaults()}), the CA gives one
 * from its own clock: from an hour ago for a year.
 *
 * @param signingKeyUsage true: digitalSignature + nonRepudiation (a signing certificate); false: keyEncipherment
 *                        only (for the wrong-key-usage case)
 */
public record IssueOptions(Instant notBefore, Instant notAfter, boolean signingKeyUsage) {

    /** For signing, valid from an hour before the CA's present for a year. */
    public static IssueOptions defaults() {
        return new IssueOptions(null, null, true);
    }

    /** These options with a validity: the one they name, or from an hour before {@code now} for a year. */
    IssueOptions at(Instant now) {
        if (notBefore != null && notAfter != null) {
            return this;
        }
        return new IssueOptions(now.minus(Duration.ofHours(1)), now.plus(Duration.ofDays(365)), signingKeyUsage);
    }

    public static IssueOptions validity(Instant notBefore, Instant notAfter) {
        return new IssueOptions(notBefore, notAfter, true);
    }

    public IssueOptions withoutSigningUsage() {
        return new IssueOptions(notBefore, notAfter, false);
    }
}
