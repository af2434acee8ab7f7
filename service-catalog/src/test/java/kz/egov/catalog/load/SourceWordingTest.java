package kz.egov.catalog.load;

import kz.egov.catalog.ServiceCatalog;
import kz.egov.contract.message.Channel;
import kz.egov.catalog.model.MaxDuration;
import kz.egov.catalog.model.Statement;
import kz.egov.catalog.model.Step;
import kz.egov.catalog.model.Term;
import kz.egov.catalog.model.Variant;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Where the originals are at hand (the shared workspace, or -Dcatalog.originals=DIR), every stored duration wording
 * must occur in the variant's original file, ignoring line breaks and spaces (the texts wrap inside words).
 */
class SourceWordingTest {

    @Test
    void everyStoredDurationWordingOccursInTheOriginal() throws IOException {
        Path dir = Path.of(System.getProperty("catalog.originals", "/work/shared/regulations/originals"));
        assumeTrue(Files.isDirectory(dir), "originals not available at " + dir);
        Map<String, String> texts = new HashMap<>();
        List<String> missing = new ArrayList<>();
        int checked = 0;
        for (Variant v : ServiceCatalog.loadDefault().variants()) {
            String text = texts.computeIfAbsent(v.source().file(), f -> read(dir.resolve(f)));
            List<String> wordings = new ArrayList<>();
            for (Channel c : v.channels()) {
                for (Step s : v.steps(c)) {
                    add(wordings, s.maxDuration());
                }
                Term t = v.term(c);
                if (t != null) {
                    t.parts().forEach(p -> add(wordings, p));
                    t.extensions().forEach(x -> add(wordings, x.extra()));
                }
            }
            v.contradictions().forEach(k -> k.statements().stream().filter(Statement::isDuration).forEach(s -> wordings.add(s.wording())));
            for (String w : wordings) {
                checked++;
                if (!text.contains(squash(w))) {
                    missing.add(v.code() + ": «" + w + "»");
                }
            }
        }
        assertThat(missing).as("wordings not found in the originals").isEmpty();
        assertThat(checked).isGreaterThan(150);
    }

    private static void add(List<String> wordings, MaxDuration d) {
        if (d != null && !d.derived()) {
            wordings.add(d.sourceWording());
        }
    }

    private static String read(Path file) {
        try {
            return squash(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(file.toString(), e);
        }
    }

    private static String squash(String s) {
        return s.replaceAll("\\s+", "").replace('ё', 'е');
    }
}
