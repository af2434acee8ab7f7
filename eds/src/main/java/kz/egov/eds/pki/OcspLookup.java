package kz.egov.eds.pki;

import java.security.cert.X509Certificate;

/** An online revocation source (OCSP), cached by its implementation. */
public interface OcspLookup {

    /**
     * @param certKey a stable key of {@code cert} (hex SHA-256 of its DER) for caching
     * @return GOOD or REVOKED from a verified, fresh answer; UNKNOWN when the responder is down or the answer unusable
     */
    RevocationStatus status(X509Certificate cert, X509Certificate issuer, String certKey);

    /** Forgets cached answers, so the next check asks the responder. */
    void clear();
}
