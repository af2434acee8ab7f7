package kz.egov.portal.account;

/** The signed-in citizen of a call: every query of the cabinet is scoped to this IIN. */
public record Citizen(String iin, String language, String surname, String givenName, String patronymic) {
}
