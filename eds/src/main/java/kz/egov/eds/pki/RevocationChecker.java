package kz.egov.eds.pki;

import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;

import javax.security.auth.x500.X500Principal;

/**
 * Combines CRL and OCSP: revoked by either source is revoked (so a certificate revoked at the OCSP responder only is
 * refused); good needs a fresh OCSP answer or a fresh CRL; otherwise the state is unknown and the check fails closed.
 */
public final class RevocationChecker {

    private final CrlRevocation crls;
    private final OcspLookup ocsp;
    private final Clock clock;

    /** @param ocsp null when no OCSP responder is configured */
    public RevocationChecker(CrlRevocation crls, OcspLookup ocsp, Clock clock) {
        this.crls = crls;
        this.ocsp = ocsp;
        this.clock = clock;
    }

    public RevocationCheck check(X509Certificate cert, String certKey, X509Certificate issuer) {
        return check(cert, certKey, issuer, cert.getIssuerX500Principal());
    }

    /**
     * As {@link #check(X509Certificate, String, X509Certificate)} with the issuer's name given: a cached
     * {@link X500Principal} keeps its canonical form, so the CRL look-up does not re-normalise the name per call.
     */
    public RevocationCheck check(X509Certificate cert, String certKey, X509Certificate issuer, X500Principal issuerName) {
        Instant now = clock.instant();
        RevocationStatus byCrl = crls.status(issuerName, cert.getSerialNumber(), now);
        if (byCrl == RevocationStatus.REVOKED) {
            return new RevocationCheck(RevocationStatus.REVOKED, "CRL", now);
        }
        if (ocsp != null) {
            RevocationStatus byOcsp = ocsp.status(cert, issuer, certKey);
            if (byOcsp != RevocationStatus.UNKNOWN) {
                return new RevocationCheck(byOcsp, "OCSP", now);
            }
        }
        return new RevocationCheck(byCrl, "CRL", now);
    }

    /** Re-reads every CRL now and forgets cached OCSP answers. */
    public void refresh() {
        crls.refreshAll();
        if (ocsp != null) {
            ocsp.clear();
        }
    }

    public CrlRevocation crls() {
        return crls;
    }
}
