package kz.egov.eds.verify;

import java.time.Instant;
import java.util.Optional;

import kz.egov.contract.reason.ReasonCode;
import kz.egov.contract.seal.SignerIdentity;
import kz.egov.eds.identity.CertificateIdentity;
import kz.egov.eds.pki.RevocationCheck;
import kz.egov.eds.pki.RevocationStatus;

/**
 * The verdict on one signer of a CMS ({@link EdsVerifier#verifyEach}): who (from the certificate, also when the
 * signature is refused), with what, whether the certificate was valid and not revoked at the check time, and either
 * valid or refused with its reason code and detail. What {@code ./egov verify} prints per signer.
 *
 * @param index              the SignerInfo's position in the CMS, from 0
 * @param signer             the certificate's identity; null when the CMS does not carry the signer's certificate
 * @param person             the subject in НУЦ layout; null without a certificate
 * @param profile            what the certificate is for ({@link #profileName()}); null without a certificate
 * @param algorithm          the suite ({@code SHA256withRSA}, {@code GOST3411-2012-512withECGOST3410-2012-512}, …);
 *                           for a signer refused for its algorithms, the certificate's {@code unsupported:<oid>} or
 *                           what its SignerInfo names (e.g. {@code SHA1WITHRSA (digest SHA1)})
 * @param validAtCheckTime   whether the signer's certificate was inside its validity window at {@code checkedAt};
 *                           null without a certificate
 * @param revocation         how the revocation state was established; null when the check stopped before it
 * @param claimedSigningTime the signing-time the signer claims (not trusted)
 * @param checkedAt          the check time the caller passed
 * @param reasonCode         null when the signature is valid
 * @param detail             why it was refused, for people; null when valid
 */
public record SignerVerdict(int index, SignerIdentity signer, CertificateIdentity person, CertificateProfile profile,
                            String algorithm, Boolean validAtCheckTime, RevocationCheck revocation,
                            Optional<Instant> claimedSigningTime, Instant checkedAt, ReasonCode reasonCode,
                            String detail) {

    /** Valid: the signature, the path, validity, key usage, the role's algorithms and profile, revocation all hold. */
    public boolean valid() {
        return reasonCode == null;
    }

    /** The person's full name as НУЦ writes it (CN, then the patronymic), or the certificate's CN. */
    public String name() {
        if (person == null) {
            return null;
        }
        String cn = person.commonName();
        return cn != null && person.patronymic() != null ? cn + " " + person.patronymic() : cn;
    }

    /** The certificate's profile by name ({@code individual signing}, …; {@link CertificateProfile#name()}). */
    public String profileName() {
        return profile == null ? null : profile.name();
    }

    public String iin() {
        return person == null ? null : person.iin();
    }

    public String bin() {
        return person == null ? null : person.bin();
    }

    public String serialNumberHex() {
        return signer == null ? null : signer.serialNumberHex();
    }

    public String issuerDn() {
        return signer == null ? null : signer.issuerDn();
    }

    public Instant notBefore() {
        return signer == null ? null : signer.notBefore();
    }

    public Instant notAfter() {
        return signer == null ? null : signer.notAfter();
    }

    /** {@code OCSP} or {@code CRL}; null when the check stopped before revocation. */
    public String revocationSource() {
        return revocation == null ? null : revocation.source();
    }

    public RevocationStatus revocationStatus() {
        return revocation == null ? null : revocation.status();
    }
}
