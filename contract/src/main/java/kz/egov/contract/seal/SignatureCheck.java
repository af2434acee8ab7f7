package kz.egov.contract.seal;

import java.time.Instant;

/**
 * The gateway's check of the person's EDS on a request (condition 2), as it hands it on in the enrichment of the
 * forwarded request (field {@code signatureCheck}): who signed, with which certificate, how its revocation state was
 * established, and when the gateway checked. The recipient shows it; it does not replace the recipient's own check.
 *
 * @param role                the signer's role the channel requires ({@code CITIZEN}, {@code OPERATOR}, {@code OFFICER})
 * @param signerName          the certificate's common name
 * @param signerIin           the IIN in the certificate ({@code SERIALNUMBER=IIN...})
 * @param bin                 the organisation's BIN ({@code OU=BIN...}), null for a citizen
 * @param organisation        the organisation's name, null for a citizen
 * @param certificateSerial   the certificate's serial number, hex
 * @param issuer              the issuing НУЦ's distinguished name
 * @param notBefore           the certificate's validity, from
 * @param notAfter            the certificate's validity, to
 * @param algorithm           the signature algorithm
 * @param revocationStatus    {@code GOOD}, {@code REVOKED} or {@code UNKNOWN}
 * @param revocationSource    which source decided it: {@code OCSP} or {@code CRL}
 * @param revocationCheckedAt when the revocation state was established
 * @param claimedSigningTime  the signing time the CMS claims (signed attribute), null when it has none
 * @param checkedAt           when the gateway checked the signature
 */
public record SignatureCheck(String role, String signerName, String signerIin, String bin, String organisation,
        String certificateSerial, String issuer, Instant notBefore, Instant notAfter, String algorithm,
        String revocationStatus, String revocationSource, Instant revocationCheckedAt, Instant claimedSigningTime,
        Instant checkedAt) {
}
