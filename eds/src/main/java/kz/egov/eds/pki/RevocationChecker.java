package kz.egov.eds.pki;

import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;

import javax.security.auth.x500.X500Principal;

/**
 * Combines CRL and OCSP, failing closed, for the check time {@code at} the caller passes:
 * <ul>
 *   <li>a certificate listed as revoked (at or before {@code at}) on a CRL held is REVOKED, whatever OCSP says;</li>
 *   <li>with an OCSP source configured, OCSP decides: a fresh GOOD or REVOKED answer; no answer (responder down,
 *       in back-off, answer stale or unverifiable) is UNKNOWN — never an acceptance. Only when the CRL fallback is
 *       explicitly configured does a fresh CRL then decide (it risks accepting a revocation not yet published);</li>
 *   <li>without an OCSP source, the CRLs are the configured source: GOOD only from a CRL that covers {@code at}.</li>
 * </ul>
 */
public final class RevocationChecker {

    private final CrlRevocation crls;
    private final OcspLookup ocsp;
    private final boolean crlFallback;
    private final Clock clock;

    /** No CRL fallback: with OCSP configured, no OCSP answer is UNKNOWN. */
    public RevocationChecker(CrlRevocation crls, OcspLookup ocsp, Clock clock) {
        this(crls, ocsp, false, clock);
    }

    /**
     * @param ocsp        null when no OCSP source is configured (the CRLs are the source)
     * @param crlFallback whether a fresh CRL decides when OCSP gives no answer
     * @param clock       the check time of the overloads without one
     */
    public RevocationChecker(CrlRevocation crls, OcspLookup ocsp, boolean crlFallback, Clock clock) {
        this.crls = crls;
        this.ocsp = ocsp;
        this.crlFallback = crlFallback;
        this.clock = clock;
    }

    /** The status now (the clock's instant). */
    public RevocationCheck check(X509Certificate cert, String certKey, X509Certificate issuer) {
        return check(cert, certKey, issuer, cert.getIssuerX500Principal(), clock.instant());
    }

    /** The status now (the clock's instant), with the issuer's name given. */
    public RevocationCheck check(X509Certificate cert, String certKey, X509Certificate issuer,
            X500Principal issuerName) {
        return check(cert, certKey, issuer, issuerName, clock.instant());
    }

    /**
     * The status at {@code at}. The issuer's name is given so a cached {@link X500Principal} keeps its canonical form
     * and the CRL look-up does not re-normalise the name per call.
     */
    public RevocationCheck check(X509Certificate cert, String certKey, X509Certificate issuer, X500Principal issuerName,
            Instant at) {
        RevocationStatus byCrl = crls.status(issuerName, cert.getSerialNumber(), at);
        if (byCrl == RevocationStatus.REVOKED) {
            return new RevocationCheck(RevocationStatus.REVOKED, "CRL", at);
        }
        if (ocsp == null) {
            return new RevocationCheck(byCrl, "CRL", at);
        }
        RevocationStatus byOcsp = ocsp.status(cert, issuer, certKey, at);
        if (byOcsp != RevocationStatus.UNKNOWN || !crlFallback) {
            return new RevocationCheck(byOcsp, "OCSP", at);
        }
        return new RevocationCheck(byCrl, "CRL", at);
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

    /** Whether a CRL decides when OCSP gives no answer. */
    public boolean crlFallback() {
        return crlFallback;
    }
}
