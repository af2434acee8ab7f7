package kz.egov.catalog.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import kz.egov.catalog.ServiceCatalog;
import kz.egov.catalog.model.Lines;
import kz.egov.catalog.model.MaxDuration;
import kz.egov.catalog.model.SourceLines;
import kz.egov.catalog.model.Statement;
import kz.egov.catalog.model.Step;
import kz.egov.catalog.model.Term;
import kz.egov.catalog.model.Variant;
import kz.egov.contract.message.Channel;
import org.junit.jupiter.api.Test;

/**
 * Issue [wave 2 · 7/16] and #31 item 3: "the originals copied into the catalog's test resources; `SourceWordingTest`
 * fails when they are missing and checks each wording at its cited lines". The catalog's quotations of its texts must
 * occur in the variant's original at the lines their entry cites, resolved by {@link Variant#cite(Lines)} (a line
 * either side, the texts wrap inside words; spaces, line breaks and a hyphen that breaks a word ignored, ё read as е;
 * "..." in a quotation leaves out words). Quotations: the duration wordings (steps, terms, extensions), every statement
 * of a contradiction, the grounds of a refusal to accept ("the grounds in the text's words"), the wordings of the
 * registry rules, and the variant's names in the sections of their language. The originals are test resources
 * (src/test/resources/originals, copies of shared/regulations/originals): a missing one fails the test.
 *
 * <p>Not checked, because they are not verbatim: the names of result documents (the catalog writes them in the
 * nominative), the actors of steps and the providers' names (likewise), receipts and notes (the catalog's own words
 * around «quotes» from anywhere in the text).
 */
class SourceWordingTest {

    /**
     * The PDF extraction of some originals (003) moves one word of a line to the line's end and leaves two spaces where
     * it was: {@code стандарттың  көзделген тізбеге сәйкес көрсетілетін 9-тармағында}. A quotation may match the line
     * as extracted or with that word put back.
     */
    private static final Pattern GAP = Pattern.compile("\\s{2,}");
    /** A word broken at a line or table-cell end: {@code подлин- ности}. */
    private static final Pattern BROKEN_WORD = Pattern.compile("(?<=\\p{L})-\\s+(?=\\p{L})");
    private static final Pattern ELLIPSIS = Pattern.compile("\\.\\.\\.|…");

    private final Map<String, List<String>> originals = new HashMap<>();

    @Test
    void everyStoredDurationWordingIsAtTheLinesItsEntryCites() {
        List<String> notAtItsLines = new ArrayList<>();
        int checked = 0;
        for (Variant v : ServiceCatalog.loadDefault().variants()) {
            List<Cited> wordings = new ArrayList<>();
            for (Channel c : v.channels()) {
                for (Step s : v.steps(c)) {
                    add(wordings, s.maxDuration(), s.lines());
                }
                Term t = v.term(c);
                if (t != null) {
                    t.parts().forEach(p -> add(wordings, p, t.lines()));
                    t.extensions().forEach(x -> add(wordings, x.extra(), x.lines() != null ? x.lines() : t.lines()));
                }
            }
            v.contradictions().forEach(k -> k.statements().stream().filter(Statement::isDuration)
                    .forEach(s -> wordings.add(new Cited(s.wording(), s.lines()))));
            for (Cited w : wordings) {
                checked++;
                if (!at(v, w)) {
                    notAtItsLines.add(v.code() + ": «" + w.wording() + "» not at " + w.lines() + " of " + v.source().file());
                }
            }
        }
        assertThat(notAtItsLines).as("duration wordings not at their cited lines").isEmpty();
        assertThat(checked).isGreaterThan(150);
    }

    @Test
    void everyContradictionStatementIsQuotedFromItsLines() {
        List<String> notAtItsLines = new ArrayList<>();
        int checked = 0;
        for (Variant v : ServiceCatalog.loadDefault().variants()) {
            for (var k : v.contradictions()) {
                for (Statement s : k.statements()) {
                    checked++;
                    if (!at(v, new Cited(s.wording(), s.lines()))) {
                        notAtItsLines.add(k.id() + ": «" + s.wording() + "» not at " + s.lines() + " of " + v.source().file());
                    }
                }
            }
        }
        assertThat(notAtItsLines).as("contradiction statements not at their cited lines").isEmpty();
        assertThat(checked).isGreaterThan(40);
    }

    @Test
    void theGroundsOfEveryRefusalToAcceptAreTheTextsWordsAtItsLines() {
        List<String> notAtItsLines = new ArrayList<>();
        int checked = 0;
        for (Variant v : ServiceCatalog.loadDefault().variants()) {
            var r = v.refusalToAccept();
            if (r != null) {
                checked++;
                if (!at(v, new Cited(r.grounds(), r.lines()))) {
                    notAtItsLines.add(v.code() + ": «" + r.grounds() + "» not at " + r.lines() + " of " + v.source().file());
                }
            }
        }
        assertThat(notAtItsLines).as("refusal grounds not at their cited lines").isEmpty();
        assertThat(checked).isGreaterThanOrEqualTo(6);
    }

    @Test
    void theWordingsOfEveryRegistryRuleAreAtItsLines() {
        List<String> notAtItsLines = new ArrayList<>();
        int checked = 0;
        for (Variant v : ServiceCatalog.loadDefault().variants()) {
            for (var r : v.registryRules()) {
                for (String w : r.wordings()) {
                    checked++;
                    if (!at(v, new Cited(w, r.lines()))) {
                        notAtItsLines.add(v.code() + " " + r.command() + ": «" + w + "» not at " + r.lines() + " of " + v.source().file());
                    }
                }
            }
        }
        assertThat(notAtItsLines).as("registry rule wordings not at their cited lines").isEmpty();
        assertThat(checked).isGreaterThan(0);
    }

    @Test
    void everyVariantNameIsInTheSectionsOfItsLanguage() {
        List<String> notInItsSource = new ArrayList<>();
        int checked = 0;
        for (Variant v : ServiceCatalog.loadDefault().variants()) {
            for (String language : List.of("kk", "ru")) {
                String name = language.equals("kk") ? v.names().kk() : v.names().ru();
                if (name == null) {
                    continue;
                }
                checked++;
                List<SourceLines> sections = v.cite(v.source().lines()).stream()
                        .filter(s -> s.language().equals(language)).toList();
                if (sections.isEmpty() || !quotes(text(sections), name)) {
                    notInItsSource.add(v.code() + " names." + language + ": «" + name + "» not in the " + language
                            + " sections " + v.source().lines() + " of " + v.source().file());
                }
            }
        }
        assertThat(notInItsSource).as("variant names not in their source").isEmpty();
        assertThat(checked).isGreaterThanOrEqualTo(16);
    }

    @Test
    void everyLineReferenceResolvesToLinesOfItsOriginalInOneOfItsLanguages() {
        List<String> outside = new ArrayList<>();
        int checked = 0;
        for (Variant v : ServiceCatalog.loadDefault().variants()) {
            List<String> original = original(v.source().file());
            for (var ref : v.lineReferences().entrySet()) {
                for (SourceLines s : v.cite(ref.getValue())) {
                    checked++;
                    if (!s.file().equals(v.source().file()) || !v.source().languages().contains(s.language())
                            || s.from() < 1 || s.to() < s.from() || s.to() > original.size()) {
                        outside.add(v.code() + " " + ref.getKey() + ": " + ref.getValue() + " → " + s + " but "
                                + v.source().file() + " has " + original.size() + " lines in " + v.source().languages());
                    }
                }
            }
        }
        assertThat(outside).as("references outside their originals").isEmpty();
        assertThat(checked).isGreaterThan(300);
    }

    @Test
    void theSectionsOfTheBilingualOriginalAreInTheLanguagesTheySay() {
        int checked = 0;
        for (Variant v : ServiceCatalog.loadDefault().variants()) {
            for (SourceLines s : v.cite(v.source().lines())) {
                String text = String.join("\n", original(v.source().file()).subList(s.from() - 1, s.to()));
                long cyrillic = text.codePoints().filter(c -> Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC).count();
                long kazakh = text.codePoints().filter(c -> "әіңғүұқөһӘІҢҒҮҰҚӨҺ".indexOf(c) >= 0).count();
                double share = cyrillic == 0 ? 0 : (double) kazakh / cyrillic;
                checked++;
                assertThat(share).as(v.code() + " " + s + ": share of Kazakh letters")
                        .satisfies(x -> assertThat(s.language().equals("kk") ? x > 0.03 : x < 0.01).isTrue());
            }
        }
        assertThat(checked).isGreaterThanOrEqualTo(16);
    }

    @Test
    void theOriginalsAreTheTestsOwn() {
        for (Variant v : ServiceCatalog.loadDefault().variants()) {
            assertThat(original(v.source().file())).as(v.code() + "'s original " + v.source().file()).hasSizeGreaterThan(100);
        }
    }

    private record Cited(String wording, Lines lines) {
    }

    private static void add(List<Cited> wordings, MaxDuration d, Lines lines) {
        if (d != null && !d.derived()) {
            wordings.add(new Cited(d.sourceWording(), lines));
        }
    }

    /** Whether the wording is within the lines its entry cites (every range of them, a line either side). */
    private boolean at(Variant v, Cited w) {
        if (w.lines() == null || w.wording() == null) {
            return false;
        }
        List<String> original = original(v.source().file());
        List<SourceLines> around = v.cite(w.lines()).stream()
                .map(s -> new SourceLines(s.file(), s.language(), Math.max(1, s.from() - 1), Math.min(original.size(), s.to() + 1)))
                .toList();
        return quotes(text(around), w.wording());
    }

    /** The cited lines as extracted, and with displaced words put back; ranges separated by a NUL. */
    private List<String> text(List<SourceLines> cited) {
        StringBuilder raw = new StringBuilder();
        StringBuilder restored = new StringBuilder();
        for (SourceLines s : cited) {
            List<String> lines = original(s.file());
            for (int n = s.from(); n <= s.to(); n++) {
                raw.append(lines.get(n - 1)).append('\n');
                restored.append(restored(lines.get(n - 1))).append('\n');
            }
            raw.append('\u0000');
            restored.append('\u0000');
        }
        return List.of(raw.toString(), restored.toString());
    }

    /** Whether one of the texts holds the wording, its "..." leaving out words. */
    private static boolean quotes(List<String> texts, String wording) {
        for (String text : texts) {
            String t = squash(text);
            int from = 0;
            boolean all = true;
            for (String piece : ELLIPSIS.split(wording)) {
                String p = squash(piece);
                int i = p.isEmpty() ? from : t.indexOf(p, from);
                if (i < 0) {
                    all = false;
                    break;
                }
                from = i + p.length();
            }
            if (all) {
                return true;
            }
        }
        return false;
    }

    /** The line with its displaced last word put back at its two-space gap (see {@link #GAP}); else the line. */
    static String restored(String line) {
        String body = line.strip();
        String[] parts = GAP.split(body, -1);
        if (parts.length != 2 || parts[0].isEmpty()) {
            return line;
        }
        int last = parts[1].lastIndexOf(' ');
        if (last < 0) {
            return line;
        }
        return parts[0] + " " + parts[1].substring(last + 1) + " " + parts[1].substring(0, last);
    }

    private List<String> original(String file) {
        return originals.computeIfAbsent(file, f -> {
            try (InputStream in = SourceWordingTest.class.getResourceAsStream("/originals/" + f)) {
                assertThat(in).as("the original " + f + " in the test resources (src/test/resources/originals)")
                        .isNotNull();
                return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static String squash(String s) {
        return BROKEN_WORD.matcher(s).replaceAll("").replaceAll("\\s+", "").replace('ё', 'е');
    }
}
