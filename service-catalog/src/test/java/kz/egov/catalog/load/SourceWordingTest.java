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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import kz.egov.catalog.ServiceCatalog;
import kz.egov.catalog.model.MaxDuration;
import kz.egov.catalog.model.Statement;
import kz.egov.catalog.model.Step;
import kz.egov.catalog.model.Term;
import kz.egov.catalog.model.Variant;
import kz.egov.contract.message.Channel;
import org.junit.jupiter.api.Test;

/**
 * Issue [wave 2 · 7/16]: "the originals copied into the catalog's test resources; `SourceWordingTest` fails when they
 * are missing and checks each wording at its cited lines". Every stored duration wording (steps, terms, contradictions)
 * must occur in the variant's original at the lines its entry cites (a line either side, the texts wrap inside words;
 * spaces and line breaks ignored, ё read as е). The originals are test resources (src/test/resources/originals,
 * copies of shared/regulations/originals): a missing one fails the test.
 */
class SourceWordingTest {

    /** {@code L97}, {@code L241–243}, {@code 549-552} after an {@code L}: every line range a reference names. */
    private static final Pattern RANGE = Pattern.compile("L(\\d+)(?:\\s*[–-]\\s*(\\d+))?");

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
                    t.extensions().forEach(x -> add(wordings, x.extra(), t.lines()));
                }
            }
            v.contradictions().forEach(k -> k.statements().stream().filter(Statement::isDuration)
                    .forEach(s -> wordings.add(new Cited(s.wording(), s.lines()))));
            List<String> lines = original(v.source().file());
            for (Cited w : wordings) {
                checked++;
                if (!at(lines, w)) {
                    notAtItsLines.add(v.code() + ": «" + w.wording() + "» not at " + w.lines() + " of " + v.source().file());
                }
            }
        }
        assertThat(notAtItsLines).as("wordings not at their cited lines").isEmpty();
        assertThat(checked).isGreaterThan(150);
    }

    @Test
    void theOriginalsAreTheTestsOwn() {
        for (Variant v : ServiceCatalog.loadDefault().variants()) {
            assertThat(original(v.source().file())).as(v.code() + "'s original " + v.source().file()).hasSizeGreaterThan(100);
        }
    }

    private record Cited(String wording, String lines) {
    }

    private static void add(List<Cited> wordings, MaxDuration d, String lines) {
        if (d != null && !d.derived()) {
            wordings.add(new Cited(d.sourceWording(), lines));
        }
    }

    /** Whether the wording is within the lines its entry cites (every range of them, a line either side). */
    private static boolean at(List<String> lines, Cited w) {
        Matcher m = RANGE.matcher(w.lines() == null ? "" : w.lines());
        StringBuilder cited = new StringBuilder();
        boolean any = false;
        while (m.find()) {
            any = true;
            int from = Integer.parseInt(m.group(1));
            int to = m.group(2) == null ? from : Integer.parseInt(m.group(2));
            for (int n = Math.max(1, from - 1); n <= Math.min(lines.size(), to + 1); n++) {
                cited.append(lines.get(n - 1)).append('\n');
            }
            cited.append('\u0000');
        }
        return any && squash(cited.toString()).contains(squash(w.wording()));
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
        return s.replaceAll("\\s+", "").replace('ё', 'е');
    }
}
