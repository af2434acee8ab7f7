package kz.egov.portal.account;

import kz.egov.contract.reason.ReasonCode;
import kz.egov.contract.reason.RejectedException;

/** The portal's password rules: 8–128 characters, a letter and a digit, not the IIN, not one repeated character. */
public final class PasswordRules {

    static final int MIN = 8;
    static final int MAX = 128;

    private PasswordRules() {
    }

    /** @throws RejectedException AUTH_WEAK_PASSWORD with what is missing */
    public static void require(String password, String iin) {
        String problem = problem(password, iin);
        if (problem != null) {
            throw new RejectedException(ReasonCode.AUTH_WEAK_PASSWORD, problem);
        }
    }

    static String problem(String password, String iin) {
        if (password == null || password.length() < MIN || password.length() > MAX) {
            return "the password must have " + MIN + " to " + MAX + " characters";
        }
        if (password.chars().noneMatch(Character::isLetter) || password.chars().noneMatch(Character::isDigit)) {
            return "the password must contain a letter and a digit";
        }
        if (iin != null && password.contains(iin)) {
            return "the password must not contain the IIN";
        }
        if (password.chars().distinct().count() < 4) {
            return "the password must have at least 4 different characters";
        }
        return null;
    }
}
