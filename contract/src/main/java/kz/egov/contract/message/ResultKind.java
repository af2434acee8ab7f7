package kz.egov.contract.message;

/** What the provider issues (the regulations' results). */
public enum ResultKind {
    NOTIFICATION, CERTIFICATE, REFERRAL, CONCLUSION, DECISION, MOTIVATED_REFUSAL
}
