package kz.egov.platform.auth;

import kz.egov.contract.reason.ReasonCode;
import kz.egov.contract.reason.RejectedException;

/**
 * The password rules of everyone who signs in with one: citizens on the portal, МИО officers, ЦОН operators. 8 to 72
 * characters and at most 72 bytes in UTF-8 (bcrypt reads no further: a longer password would be cut without a word),
 * a letter and a digit, not the IIN, at least four different characters.
 */
public final class PasswordRules {

    static final int MIN = 8;
    static final int MAX = 72;
    /** What bcrypt reads of a password. */
    public static final int MAX_BYTES = 72;

    private PasswordRules() {
    }

    /** @throws RejectedException AUTH_WEAK_PASSWORD with what is missing */
    public static void require(String password, String iin) {
        String problem = problem(password, iin);
        if (problem != null) {
            throw new RejectedException(ReasonCode.AUTH_WEAK_PASSWORD, problem);
        }
    }

    public static String problem(String password, String iin) {
        if (password == null || password.length() < MIN || password.length() > MAX) {
            return "the password must have " + MIN + " to " + MAX + " characters";
        }
        if (password.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_BYTES) {
            return "the password must have at most " + MAX_BYTES + " bytes in UTF-8";
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
