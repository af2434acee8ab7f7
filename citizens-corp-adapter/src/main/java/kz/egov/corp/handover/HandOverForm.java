package kz.egov.corp.handover;

/**
 * The hand-over at the desk: the IIN on the identity document the citizen presents, and how the result is given
 * ({@code IN_PERSON}, or {@code EMAIL} with the address).
 */
public record HandOverForm(String presentedIin, String method, String email) {
}
