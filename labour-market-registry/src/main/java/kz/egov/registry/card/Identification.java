package kz.egov.registry.card;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/** The identification data entered on a card when the person registered. */
public record Identification(String surname, String givenName, String patronymic, LocalDate birthDate) {

    /** Same person by surname, given name and birth date (names compared trimmed and case-insensitively). */
    public boolean matches(String otherSurname, String otherGivenName, LocalDate otherBirthDate) {
        return same(surname, otherSurname) && same(givenName, otherGivenName)
                && Objects.equals(birthDate, otherBirthDate);
    }

    private static boolean same(String a, String b) {
        return a != null && b != null && a.trim().toLowerCase(Locale.ROOT).equals(b.trim().toLowerCase(Locale.ROOT));
    }
}
