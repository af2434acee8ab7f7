package kz.egov.eds.identity;

/** Masks an ИИН for logs and error details: first two and last two digits stay, e.g. {@code 85********31}. */
public final class IinMask {

    public static String mask(String iin) {
        if (iin == null) {
            return "null";
        }
        if (iin.length() < 5) {
            return "*".repeat(iin.length());
        }
        return iin.substring(0, 2) + "*".repeat(iin.length() - 4) + iin.substring(iin.length() - 2);
    }

    private IinMask() {
    }
}
