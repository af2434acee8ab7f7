package kz.egov.contract.message;

/** Who signed a request or document with their personal EDS. */
public enum SignerRole {
    CITIZEN, OPERATOR, OFFICER
}
