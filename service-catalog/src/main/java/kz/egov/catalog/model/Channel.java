package kz.egov.catalog.model;

/** How a request reaches the provider. */
public enum Channel {
    /** The e-government portal www.egov.kz (ПЭП / ЭҮП). */
    PORTAL,
    /** The State Corporation «Азаматтарға арналған үкімет»; the 2012 acts call it ЦОН (ХҚКО). */
    STATE_CORPORATION,
    /** The provider's own office: канцелярия / кеңсе, or the district department where the officer keys in a walk-in request. */
    PROVIDER_OFFICE,
    /** Another body's front office forwards the request to the provider (V12: an employment centre for the akimat). */
    VIA_OTHER_BODY
}
