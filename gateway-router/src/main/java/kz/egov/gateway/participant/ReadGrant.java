package kz.egov.gateway.participant;

/** What a participant may read through the gateway's sealed read-only API ({@code participant_read_grant}). */
public enum ReadGrant {
    /** The evidence (message log) of the requests the participant itself sent. */
    EVIDENCE
}
