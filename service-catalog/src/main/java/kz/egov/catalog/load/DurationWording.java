package kz.egov.catalog.load;

import kz.egov.catalog.model.DurationUnit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the number and unit out of a duration as the texts word it, in Russian or Kazakh:
 * «не более двадцати минут», «Не более 1 минуты», «3 рабочих дня», «в течение 10 рабочих дней»,
 * «10 (он) минут», «1(бір) жұмыс күні», «күнтізбелік 13 (он үш) күн ішінде», «2 (екі) сағат 30 (отыз) минут»,
 * «10 минуттан кем емес». Where a figure and words are both given («15 (он бес)»), they must agree.
 */
public final class DurationWording {

    /** How the limit is worded. */
    public enum Bound {
        /** «не более» */
        NOT_MORE,
        /** «не менее», «кем емес»: a lower bound, the reverse of a limit. */
        NOT_LESS,
        /** «в течение», «ішінде» */
        WITHIN,
        /** a bare duration («Орындалу ұзақтығы – 5 (бес) минут») */
        DURATION
    }

    /** The parsed wording. */
    public record Parsed(long amount, DurationUnit unit, Bound bound, String language) {
    }

    private static final Map<String, Integer> RU = Map.ofEntries(
            Map.entry("один", 1), Map.entry("одна", 1), Map.entry("одну", 1), Map.entry("одного", 1), Map.entry("одной", 1), Map.entry("одних", 1),
            Map.entry("два", 2), Map.entry("две", 2), Map.entry("двух", 2),
            Map.entry("три", 3), Map.entry("трех", 3), Map.entry("трёх", 3),
            Map.entry("четыре", 4), Map.entry("четырех", 4), Map.entry("четырёх", 4),
            Map.entry("пять", 5), Map.entry("пяти", 5), Map.entry("шесть", 6), Map.entry("шести", 6),
            Map.entry("семь", 7), Map.entry("семи", 7), Map.entry("восемь", 8), Map.entry("восьми", 8),
            Map.entry("девять", 9), Map.entry("девяти", 9), Map.entry("десять", 10), Map.entry("десяти", 10),
            Map.entry("одиннадцать", 11), Map.entry("одиннадцати", 11), Map.entry("двенадцать", 12), Map.entry("двенадцати", 12),
            Map.entry("тринадцать", 13), Map.entry("тринадцати", 13), Map.entry("четырнадцать", 14), Map.entry("четырнадцати", 14),
            Map.entry("пятнадцать", 15), Map.entry("пятнадцати", 15), Map.entry("шестнадцать", 16), Map.entry("шестнадцати", 16),
            Map.entry("семнадцать", 17), Map.entry("семнадцати", 17), Map.entry("восемнадцать", 18), Map.entry("восемнадцати", 18),
            Map.entry("девятнадцать", 19), Map.entry("девятнадцати", 19),
            Map.entry("двадцать", 20), Map.entry("двадцати", 20), Map.entry("тридцать", 30), Map.entry("тридцати", 30),
            Map.entry("сорок", 40), Map.entry("сорока", 40), Map.entry("пятьдесят", 50), Map.entry("пятидесяти", 50),
            Map.entry("шестьдесят", 60), Map.entry("шестидесяти", 60));

    private static final Map<String, Integer> KK = Map.ofEntries(
            Map.entry("бір", 1), Map.entry("екі", 2), Map.entry("үш", 3), Map.entry("төрт", 4), Map.entry("бес", 5),
            Map.entry("алты", 6), Map.entry("жеті", 7), Map.entry("сегіз", 8), Map.entry("тоғыз", 9), Map.entry("он", 10),
            Map.entry("жиырма", 20), Map.entry("отыз", 30), Map.entry("қырық", 40), Map.entry("елу", 50), Map.entry("алпыс", 60));

    private static final Pattern TOKEN = Pattern.compile("\\d+|[\\p{L}]+");
    private static final java.util.Set<String> KAZAKH_WORDS = java.util.Set.of(
            "сағат", "жұмыс", "күн", "күні", "ішінде", "кем", "емес", "күнтізбелік", "минуттан");
    private static final Pattern KAZAKH_LETTERS = Pattern.compile("[әғқңөұүһі]");

    private DurationWording() {
    }

    /**
     * Parses a wording.
     *
     * @throws IllegalArgumentException when no number or unit is found, a figure disagrees with its words, or
     *                                  days are not said to be working or calendar days
     */
    public static Parsed parse(String wording) {
        if (wording == null || wording.isBlank()) {
            throw new IllegalArgumentException("empty wording");
        }
        String text = wording.toLowerCase(Locale.ROOT).replace('ё', 'е');
        Bound bound = text.contains("не более") ? Bound.NOT_MORE
                : text.contains("кем емес") || text.contains("не менее") ? Bound.NOT_LESS
                : text.contains("в течение") || text.contains("ішінде") ? Bound.WITHIN
                : Bound.DURATION;

        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            tokens.add(m.group());
        }

        boolean kazakh = KAZAKH_LETTERS.matcher(text).find()
                || tokens.stream().anyMatch(t -> KK.containsKey(t) || KAZAKH_WORDS.contains(t));
        String language = kazakh ? "kk" : "ru";

        List<long[]> segments = new ArrayList<>(); // {amount, unitOrdinal}
        Integer figure = null;
        int words = 0;
        boolean anyWords = false;
        Boolean working = null; // qualifier seen before a day unit
        for (String t : tokens) {
            if (t.chars().allMatch(Character::isDigit)) {
                if (figure != null) {
                    throw new IllegalArgumentException("two figures without a unit in «" + wording + "»");
                }
                figure = Integer.parseInt(t);
                continue;
            }
            Integer w = RU.get(t);
            if (w == null) {
                w = KK.get(t);
            }
            if (w != null) {
                words += w;
                anyWords = true;
                continue;
            }
            if (t.startsWith("рабоч") || t.equals("жұмыс")) {
                working = Boolean.TRUE;
                continue;
            }
            if (t.startsWith("календар") || t.startsWith("күнтізбелік")) {
                working = Boolean.FALSE;
                continue;
            }
            DurationUnit unit = unitOf(t);
            if (unit == null) {
                continue;
            }
            if (unit == DurationUnit.WORKING_DAYS) { // a day word: needs a qualifier
                if (working == null) {
                    throw new IllegalArgumentException("days in «" + wording + "» are neither working nor calendar days");
                }
                unit = working ? DurationUnit.WORKING_DAYS : DurationUnit.CALENDAR_DAYS;
            }
            if (figure == null && !anyWords) {
                continue; // a unit word without a number (e.g. «Орындалу ұзақтығы»); ignore
            }
            if (figure != null && anyWords && figure != words) {
                throw new IllegalArgumentException("figure " + figure + " disagrees with the words (" + words + ") in «" + wording + "»");
            }
            long amount = figure != null ? figure : words;
            segments.add(new long[]{amount, unit.ordinal()});
            figure = null;
            words = 0;
            anyWords = false;
            working = null;
        }
        if (figure != null || anyWords) {
            throw new IllegalArgumentException("a number without a unit in «" + wording + "»");
        }
        if (segments.isEmpty()) {
            throw new IllegalArgumentException("no duration in «" + wording + "»");
        }
        if (segments.size() == 1) {
            return new Parsed(segments.get(0)[0], DurationUnit.values()[(int) segments.get(0)[1]], bound, language);
        }
        long minutes = 0;
        for (long[] s : segments) {
            DurationUnit u = DurationUnit.values()[(int) s[1]];
            if (!u.isClockTime()) {
                throw new IllegalArgumentException("cannot add days to hours or minutes in «" + wording + "»");
            }
            minutes += u == DurationUnit.HOURS ? s[0] * 60 : s[0];
        }
        return new Parsed(minutes, DurationUnit.MINUTES, bound, language);
    }

    /** True when the wording states the given amount and unit (hours may be stated as minutes and back). */
    public static boolean states(String wording, long amount, DurationUnit unit) {
        Parsed p = parse(wording);
        if (p.unit() == unit) {
            return p.amount() == amount;
        }
        if (p.unit().isClockTime() && unit.isClockTime()) {
            return toMinutes(p.amount(), p.unit()) == toMinutes(amount, unit);
        }
        return false;
    }

    private static long toMinutes(long amount, DurationUnit unit) {
        return unit == DurationUnit.HOURS ? amount * 60 : amount;
    }

    private static DurationUnit unitOf(String t) {
        if (t.startsWith("минут")) {
            return DurationUnit.MINUTES;
        }
        if (t.startsWith("сағат") || t.equals("час") || t.equals("часа") || t.equals("часов")) {
            return DurationUnit.HOURS;
        }
        // day words; the qualifier decides working or calendar
        if (t.equals("күн") || t.equals("күні") || t.equals("день") || t.equals("дня") || t.equals("дней")) {
            return DurationUnit.WORKING_DAYS;
        }
        return null;
    }
}
