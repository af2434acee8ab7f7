package kz.egov.contract.seal;

import java.time.Instant;

/**
 * Who signed: what a verified signature's certificate says. IIN from {@code SERIALNUMBER=IIN...}, BIN from
 * {@code OU=BIN...}; either may be null when the certificate has none.
 *
 * @param certificateSha256 hex SHA-256 of the DER certificate: how participants' system certificates are pinned
 * @param algorithm         the signature algorithm, e.g. {@code SHA256withRSA} or {@code GOST3411-2012-256withECGOST3410-2012-256}
 */
public record SignerIdentity(
        String subjectDn,
        String commonName,
        String iin,
        String bin,
        String organisation,
        String serialNumberHex,
        String issuerDn,
        String certificateSha256,
        Instant notBefore,
        Instant notAfter,
        String algorithm) {
}
