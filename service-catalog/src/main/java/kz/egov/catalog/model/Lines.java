package kz.egov.catalog.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The source lines an entry of the catalog cites: one or more {@link LineRange}s of the variant's original, parsed from
 * the catalog's text (YAML {@code lines:}) and shown as that text again ({@link #toString()}, JSON).
 * {@link SourceRef#cite(Lines)} resolves them to file, language and lines.
 *
 * <p>The grammar (spaces around the separators and the dash are optional):
 * <pre>
 * lines     = group *( ";" group )
 * group     = [ qualifier ] range *( "," range )     ; the ranges after a "," share the group's qualifier
 * range     = "L" number [ "–" number ] [ "(" comment ")" ]   ; "-" is read as "–"
 * qualifier = word *( " " word )                      ; e.g. p.5 · App. 2 Table 2 · RU · KZ
 * word      = digits / Capital *letter ["."] [digits] / 1*4lower "." [digits]   ; never "L" digits
 * comment   = 1*( any character but "(" ")" )
 * number    = a line number, from 1
 * </pre>
 * A first qualifier word {@code RU} or {@code KZ} names the language of the lines (bilingual originals). Examples:
 * {@code L97}, {@code L308; L327}, {@code p.6 L306–310; p.9 L325–331}, {@code RU L66–67, L77–78, L89; KZ L1928–1929},
 * {@code RU L444 (Table 1, action 5)}, {@code L60–207 (Annex 1)}.
 *
 * <p>The canonical text ({@link #toString()}) writes "–", "; " between groups, ", " between consecutive ranges with
 * the same qualifier (which it writes once) and "; " between unqualified ranges.
 *
 * @param ranges the references, in the order written; never empty
 */
public record Lines(List<LineRange> ranges) {

    private static final Pattern WORD = Pattern.compile("\\d+|\\p{Lu}\\p{L}*\\.?\\d*|\\p{Ll}{1,4}\\.\\d*");

    public Lines {
        if (ranges == null || ranges.isEmpty()) {
            throw new IllegalArgumentException("a line reference names at least one range");
        }
        ranges = List.copyOf(ranges);
    }

    /** Lines from {@code from} to {@code to}, without qualifier or comment. */
    public static Lines of(int from, int to) {
        return new Lines(List.of(LineRange.of(from, to)));
    }

    /**
     * Parses the catalog's text (see the grammar above).
     *
     * @throws IllegalArgumentException naming the text and what was expected where, when it does not follow the grammar
     */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static Lines parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("empty line reference: write e.g. \"L12–40\" or \"p.5 L12; p.8 L40\"");
        }
        return new Parser(text).lines();
    }

    /** The canonical text (see above); what the YAML, the docs and JSON show. */
    @JsonValue
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        LineRange previous = null;
        for (LineRange r : ranges) {
            boolean sameGroup = previous != null && r.qualifier() != null && r.qualifier().equals(previous.qualifier());
            if (previous != null) {
                sb.append(sameGroup ? ", " : "; ");
            }
            sb.append(sameGroup ? r.range() : r.toString());
            previous = r;
        }
        return sb.toString();
    }

    /** Reads the grammar of {@link Lines} left to right; every failure names the text and the position. */
    private static final class Parser {
        private final String text;
        private int at;

        Parser(String text) {
            this.text = text;
        }

        Lines lines() {
            List<LineRange> ranges = new ArrayList<>();
            do {
                String qualifier = qualifier();
                do {
                    ranges.add(range(qualifier));
                } while (eat(','));
            } while (eat(';'));
            spaces();
            if (at < text.length()) {
                throw fail("expected \";\", \",\" or the end");
            }
            try {
                return new Lines(ranges);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(quoted() + ": " + e.getMessage(), e);
            }
        }

        private String qualifier() {
            List<String> words = new ArrayList<>();
            while (true) {
                spaces();
                if (rangeAhead()) {
                    break;
                }
                int start = at;
                while (at < text.length() && !Character.isWhitespace(text.charAt(at)) && ";,()".indexOf(text.charAt(at)) < 0) {
                    at++;
                }
                String word = text.substring(start, at);
                if (word.isEmpty() || !WORD.matcher(word).matches()) {
                    at = start;
                    throw fail(words.isEmpty() ? "expected L<line> or a qualifier (p.5, App. 2 Table 2, RU, KZ) before it"
                            : "expected L<line> after the qualifier «" + String.join(" ", words) + "»");
                }
                words.add(word);
            }
            return words.isEmpty() ? null : String.join(" ", words);
        }

        private LineRange range(String qualifier) {
            spaces();
            if (!rangeAhead()) {
                throw fail("expected L<line>");
            }
            at++;
            int from = number();
            int to = from;
            int before = at;
            spaces();
            if (at < text.length() && (text.charAt(at) == '–' || text.charAt(at) == '-')) {
                at++;
                spaces();
                if (at >= text.length() || !Character.isDigit(text.charAt(at))) {
                    throw fail("expected the last line of the range");
                }
                to = number();
                before = at;
                spaces();
            }
            String comment = null;
            if (at < text.length() && text.charAt(at) == '(') {
                int start = ++at;
                while (at < text.length() && text.charAt(at) != ')') {
                    if (text.charAt(at) == '(') {
                        throw fail("brackets inside a comment");
                    }
                    at++;
                }
                if (at >= text.length()) {
                    at = start - 1;
                    throw fail("the comment's bracket is not closed");
                }
                comment = text.substring(start, at).trim();
                if (comment.isEmpty()) {
                    throw fail("empty comment");
                }
                at++;
            } else {
                at = before;
            }
            try {
                return new LineRange(from, to, qualifier, comment);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(quoted() + ": " + e.getMessage(), e);
            }
        }

        private int number() {
            int start = at;
            while (at < text.length() && Character.isDigit(text.charAt(at))) {
                at++;
            }
            String digits = text.substring(start, at);
            if (digits.startsWith("0") || digits.length() > 7) {
                at = start;
                throw fail("not a line number");
            }
            return Integer.parseInt(digits);
        }

        private boolean rangeAhead() {
            return at + 1 < text.length() && text.charAt(at) == 'L' && Character.isDigit(text.charAt(at + 1));
        }

        private boolean eat(char c) {
            spaces();
            if (at < text.length() && text.charAt(at) == c) {
                at++;
                return true;
            }
            return false;
        }

        private void spaces() {
            while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
                at++;
            }
        }

        private String quoted() {
            return "line reference \"" + text + "\"";
        }

        private IllegalArgumentException fail(String expected) {
            String rest = text.substring(at);
            return new IllegalArgumentException(quoted() + ": " + expected + " at character " + (at + 1)
                    + (rest.isEmpty() ? " (the end)" : " («" + (rest.length() > 20 ? rest.substring(0, 20) + "…" : rest) + "»)")
                    + "; the grammar is [qualifier] L<from>[–<to>] [(comment)], separated by \";\" (see Lines)");
        }
    }
}
