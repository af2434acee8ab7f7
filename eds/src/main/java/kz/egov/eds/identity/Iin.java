package kz.egov.eds.identity;

import java.time.DateTimeException;
import java.time.LocalDate;

import kz.egov.contract.reason.ReasonCode;
import kz.egov.contract.reason.RejectedException;

/**
 * An individual identification number (ИИН / ЖСН): 12 digits; digits 1–6 the birth date YYMMDD; digit 7 the century
 * and sex (1–2 → 1800s, 3–4 → 1900s, 5–6 → 2000s; odd male, even female); digits 8–11 a sequence; digit 12 the
 * control digit.
 *
 * @param value the 12 digits, already validated
 */
public record Iin(String value) {

    public Iin {
        String problem = problem(value);
        if (problem != null) {
            throw new RejectedException(ReasonCode.EDS_INVALID_IIN, "invalid IIN " + IinMask.mask(value) + ": " + problem);
        }
    }

    /** Parses and validates; @throws RejectedException {@link ReasonCode#EDS_INVALID_IIN} */
    public static Iin of(String value) {
        return new Iin(value);
    }

    public static boolean isValid(String value) {
        return problem(value) == null;
    }

    /** Why {@code value} is not a valid IIN, or null when it is. */
    public static String problem(String value) {
        if (!ControlDigit.isTwelveDigits(value)) {
            return "not 12 digits";
        }
        int centuryDigit = value.charAt(6) - '0';
        if (centuryDigit < 1 || centuryDigit > 6) {
            return "century/sex digit out of range";
        }
        if (birthDateOrNull(value) == null) {
            return "no such birth date";
        }
        if (!ControlDigit.matches(value)) {
            return "control digit mismatch";
        }
        return null;
    }

    public LocalDate birthDate() {
        return birthDateOrNull(value);
    }

    public Sex sex() {
        return (value.charAt(6) - '0') % 2 == 1 ? Sex.MALE : Sex.FEMALE;
    }

    /** Masked for logs: {@code 12********11}. */
    public String masked() {
        return IinMask.mask(value);
    }

    @Override
    public String toString() {
        return masked();
    }

    private static LocalDate birthDateOrNull(String v) {
        int century = switch (v.charAt(6)) {
            case '1', '2' -> 1800;
            case '3', '4' -> 1900;
            case '5', '6' -> 2000;
            default -> -1;
        };
        if (century < 0) {
            return null;
        }
        int yy = Integer.parseInt(v.substring(0, 2));
        int mm = Integer.parseInt(v.substring(2, 4));
        int dd = Integer.parseInt(v.substring(4, 6));
        try {
            return LocalDate.of(century + yy, mm, dd);
        } catch (DateTimeException e) {
            return null;
        }
    }
}
