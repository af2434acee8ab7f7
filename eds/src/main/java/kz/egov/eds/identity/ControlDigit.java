package kz.egov.eds.identity;

/**
 * The official control digit of an ИИН/БИН: weights 1..11, sum mod 11; when that gives 10, a second pass with weights
 * 3,4,5,6,7,8,9,10,11,1,2; when that again gives 10 the number cannot be issued.
 */
final class ControlDigit {

    private static final int[] FIRST = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11};
    private static final int[] SECOND = {3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2};

    /** Sentinel for "no valid control digit exists" (both passes give 10). */
    static final int NONE = -1;

    /** The control digit for the first 11 digits of {@code digits}, or {@link #NONE}. */
    static int compute(CharSequence digits) {
        int first = weightedMod11(digits, FIRST);
        if (first != 10) {
            return first;
        }
        int second = weightedMod11(digits, SECOND);
        return second == 10 ? NONE : second;
    }

    /** Whether the first pass alone gives 10 (so the second pass decides). */
    static boolean needsSecondPass(CharSequence digits) {
        return weightedMod11(digits, FIRST) == 10;
    }

    static boolean isTwelveDigits(String s) {
        if (s == null || s.length() != 12) {
            return false;
        }
        for (int i = 0; i < 12; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    static boolean matches(String twelveDigits) {
        int expected = compute(twelveDigits);
        return expected != NONE && expected == twelveDigits.charAt(11) - '0';
    }

    private static int weightedMod11(CharSequence digits, int[] weights) {
        int sum = 0;
        for (int i = 0; i < 11; i++) {
            sum += (digits.charAt(i) - '0') * weights[i];
        }
        return sum % 11;
    }

    private ControlDigit() {
    }
}
