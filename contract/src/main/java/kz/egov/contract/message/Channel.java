package kz.egov.contract.message;

/** How a request reached the system (the regulations' channels). */
public enum Channel {
    /** The e-gov portal (ПЭП): the citizen signs. */
    PORTAL,
    /** The State Corporation's front office (ЦОН): the operator signs. */
    STATE_CORPORATION,
    /** The provider's own office / district department: the officer enters a walk-in request and signs. */
    PROVIDER_OFFICE,
    /** Another body's front office forwarding to the provider (an employment centre to an akimat). */
    VIA_OTHER_BODY
}
