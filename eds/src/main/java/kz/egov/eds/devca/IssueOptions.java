package kz.egov.eds.devca;

import java.time.Duration;
import java.time.Instant;

import kz.egov.eds.pki.CertificateProfileKind;

/**
 * Validity, profile and key usage of a development certificate. Without a validity ({@link #defaults()}), the CA gives
 * one from its own clock: from an hour ago for a year. Without a profile, the subject's default one
 * ({@link DevSubject#defaultProfile()}).
 *
 * @param signingKeyUsage true: the profile's key usage; false: keyEncipherment only (for the wrong-key-usage case)
 * @param profile         the НУЦ profile (key usage, extended key usage, policy); null: the subject's default
 * @param keyUsage        false: no key usage extension at all (for the no-key-usage case)
 */
public record IssueOptions(Instant notBefore, Instant notAfter, boolean signingKeyUsage,
                           CertificateProfileKind profile, boolean keyUsage) {

    /** Without a profile (the subject's default) and with a key usage extension. */
    public IssueOptions(Instant notBefore, Instant notAfter, boolean signingKeyUsage) {
        this(notBefore, notAfter, signingKeyUsage, null, true);
    }

    /** For signing, valid from an hour before the CA's present for a year. */
    public static IssueOptions defaults() {
        return new IssueOptions(null, null, true);
    }

    /** The default validity and {@code profile}. */
    public static IssueOptions profile(CertificateProfileKind profile) {
        return defaults().withProfile(profile);
    }

    /** These options with a validity: the one they name, or from an hour before {@code now} for a year. */
    IssueOptions at(Instant now) {
        if (notBefore != null && notAfter != null) {
            return this;
        }
        return new IssueOptions(now.minus(Duration.ofHours(1)), now.plus(Duration.ofDays(365)), signingKeyUsage,
                profile, keyUsage);
    }

    public static IssueOptions validity(Instant notBefore, Instant notAfter) {
        return new IssueOptions(notBefore, notAfter, true);
    }

    /** A keyEncipherment-only certificate: its key usage allows no signature at all. */
    public IssueOptions withoutSigningUsage() {
        return new IssueOptions(notBefore, notAfter, false, profile, keyUsage);
    }

    /** A certificate without the key usage extension (its extended key usage and policy stay). */
    public IssueOptions withoutKeyUsage() {
        return new IssueOptions(notBefore, notAfter, signingKeyUsage, profile, false);
    }

    public IssueOptions withProfile(CertificateProfileKind kind) {
        return new IssueOptions(notBefore, notAfter, signingKeyUsage, kind, keyUsage);
    }
}
