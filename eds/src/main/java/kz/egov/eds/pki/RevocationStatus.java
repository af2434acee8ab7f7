package kz.egov.eds.pki;

/** A certificate's revocation state as one source (CRL or OCSP) or their combination sees it. */
public enum RevocationStatus {
    GOOD,
    REVOKED,
    UNKNOWN
}
