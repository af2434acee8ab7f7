package kz.egov.eds.identity;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Makes valid ИИН for test data: birth date, sex and a sequence number (0–9999) give at most one IIN; sequences whose
 * control digit does not exist are skipped by {@link #nth}.
 */
public final class IinGenerator {

    /** The IIN for exactly this birth date, sex and 4-digit sequence, or empty when no control digit exists. */
    public static Optional<String> exact(LocalDate birthDate, Sex sex, int sequence) {
        if (sequence < 0 || sequence > 9999) {
            throw new IllegalArgumentException("sequence must be 0..9999");
        }
        int year = birthDate.getYear();
        if (year < 1800 || year > 2099) {
            throw new IllegalArgumentException("birth year must be 1800..2099");
        }
        int centuryBase = (year / 100 - 18) * 2 + 1;
        int centuryDigit = centuryBase + (sex == Sex.FEMALE ? 1 : 0);
        String eleven = String.format("%02d%02d%02d%d%04d", year % 100, birthDate.getMonthValue(),
                birthDate.getDayOfMonth(), centuryDigit, sequence);
        int control = ControlDigit.compute(eleven);
        return control == ControlDigit.NONE ? Optional.empty() : Optional.of(eleven + control);
    }

    /**
     * The {@code n}-th valid IIN (n from 0) for this birth date and sex, counting only sequences that have a control
     * digit: distinct n give distinct IINs, so a dataset of thousands of people is collision-free per birth date.
     */
    public static String nth(LocalDate birthDate, Sex sex, int n) {
        int found = -1;
        for (int seq = 0; seq <= 9999; seq++) {
            Optional<String> iin = exact(birthDate, sex, seq);
            if (iin.isPresent() && ++found == n) {
                return iin.get();
            }
        }
        throw new IllegalArgumentException("no " + n + "-th IIN for this birth date and sex");
    }

    private IinGenerator() {
    }
}
