package kz.egov.contract.message;

/**
 * Who signs: a citizen (услугополучатель), a State Corporation operator, a provider's officer with their personal
 * EDS, or a participant's system seal.
 */
public enum SignerRole {
    CITIZEN, OPERATOR, OFFICER, SYSTEM;

    /** A person's own EDS, as opposed to a system's seal. */
    public boolean person() {
        return this != SYSTEM;
    }
}
