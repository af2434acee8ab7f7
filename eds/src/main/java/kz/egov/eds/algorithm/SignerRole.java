package kz.egov.eds.algorithm;

/** Who signs: a citizen (услугополучатель), a provider's officer, a State Corporation operator, or a system's seal. */
public enum SignerRole {
    CITIZEN,
    OFFICER,
    OPERATOR,
    SYSTEM
}
