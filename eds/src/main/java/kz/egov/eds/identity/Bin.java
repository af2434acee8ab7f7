package kz.egov.eds.identity;

import kz.egov.contract.reason.ReasonCode;
import kz.egov.contract.reason.RejectedException;

/**
 * A business identification number (БИН / БСН) of a legal entity: 12 digits with the same control digit as an ИИН,
 * and no birth-date rule.
 */
public record Bin(String value) {

    public Bin {
        if (!isValid(value)) {
            throw new RejectedException(ReasonCode.VALIDATION_FAILED, "invalid BIN (control digit)");
        }
    }

    public static boolean isValid(String value) {
        return ControlDigit.isTwelveDigits(value) && ControlDigit.matches(value);
    }

    /** The 12-digit BIN with the control digit computed for the first 11 digits; empty-handed when none exists. */
    public static java.util.Optional<String> complete(String elevenDigits) {
        if (elevenDigits == null || elevenDigits.length() != 11 || !ControlDigit.isTwelveDigits(elevenDigits + "0")) {
            throw new IllegalArgumentException("need 11 digits");
        }
        int d = ControlDigit.compute(elevenDigits);
        return d == ControlDigit.NONE ? java.util.Optional.empty() : java.util.Optional.of(elevenDigits + d);
    }

    @Override
    public String toString() {
        return value;
    }
}
