package kz.egov.contract.message;

/**
 * Why a participant reads a person from ГБД ФЛ through the gateway ({@code GET /api/persons/{iin}?purpose=&actor=}),
 * each bound to who may ask and about whom ([wave 2 · 6/16]):
 */
public enum PersonLookupPurpose {
    /** The portal, for the signed-in citizen only: {@code actor} is the session's IIN, the IIN looked up. */
    CITIZEN_SESSION,
    /** A provider, for the applicant of a request routed to it: {@code requestId} names the request. */
    ROUTED_REQUEST,
    /** A provider's officer or a ЦОН operator entering a walk-in citizen: {@code actor} is the staff member's IIN. */
    WALK_IN
}
