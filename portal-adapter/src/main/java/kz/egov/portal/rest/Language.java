package kz.egov.portal.rest;

import java.util.List;
import java.util.Locale;

/** The two languages of the portal's messages: Kazakh ({@code kk}) and Russian ({@code ru}). */
public final class Language {

    public static final String RU = "ru";
    public static final String KK = "kk";

    private Language() {
    }

    public static boolean supported(String language) {
        return RU.equals(language) || KK.equals(language);
    }

    /** The first of kk/ru the caller asked for in Accept-Language, or null. */
    public static String requested(List<Locale> acceptable) {
        return acceptable == null ? null
                : acceptable.stream().map(Locale::getLanguage).filter(Language::supported).findFirst().orElse(null);
    }
}
