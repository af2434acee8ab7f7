package kz.egov.catalog.model;

/** Kind of result document. */
public enum ResultKind {
    NOTIFICATION, CERTIFICATE, REFERRAL, CONCLUSION, MOTIVATED_REFUSAL
}
