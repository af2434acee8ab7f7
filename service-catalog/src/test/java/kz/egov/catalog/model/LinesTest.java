package kz.egov.catalog.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The grammar of {@link Lines} and the resolution of a reference against its variant's {@link SourceRef}. */
class LinesTest {

    @Test
    void aSingleLineAndARange() {
        assertThat(Lines.parse("L97").ranges()).containsExactly(new LineRange(97, 97, null, null));
        assertThat(Lines.parse("L241–243").ranges()).containsExactly(new LineRange(241, 243, null, null));
    }

    @Test
    void qualifiersCommentsAndSeparators() {
        assertThat(Lines.parse("p.6 L306–310; p.9 L325–331").ranges()).containsExactly(
                new LineRange(306, 310, "p.6", null), new LineRange(325, 331, "p.9", null));
        assertThat(Lines.parse("p.7 L1248–1258; App. 2 Table 2 L1518–1752").ranges()).containsExactly(
                new LineRange(1248, 1258, "p.7", null), new LineRange(1518, 1752, "App. 2 Table 2", null));
        assertThat(Lines.parse("RU L444 (Table 1, action 5)").ranges()).containsExactly(
                new LineRange(444, 444, "RU", "Table 1, action 5"));
        assertThat(Lines.parse("L450–452 (p.9 says 15 min); p.5 L373–374 (the limit used)").ranges()).containsExactly(
                new LineRange(450, 452, null, "p.9 says 15 min"), new LineRange(373, 374, "p.5", "the limit used"));
    }

    @Test
    void rangesAfterACommaShareTheirGroupsQualifier() {
        assertThat(Lines.parse("RU L66–67, L77–78, L89; KZ L1928–1929").ranges()).containsExactly(
                new LineRange(66, 67, "RU", null), new LineRange(77, 78, "RU", null), new LineRange(89, 89, "RU", null),
                new LineRange(1928, 1929, "KZ", null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"L97", "L308; L327", "p.6 L306–310; p.9 L325–331", "RU L66–67, L77–78, L89; KZ L1928–1929",
            "RU L950 (Table 3, action 6)", "L60–207 (Annex 1)", "RU L19–1189; KZ L1883–3200",
            "p.9 L439–466 (the provider's own steps: p.5 L370–386 = p.8 L418–430)", "p.8 L79–89; App. 3 Table 3 L798–1062"})
    void theCanonicalTextIsTheTextItWasReadFrom(String text) {
        assertThat(Lines.parse(text)).hasToString(text);
        if (!text.contains("(")) {
            assertThat(Lines.parse(text.replace("–", "-").replace("; ", ";").replace(", L", ",L"))).isEqualTo(Lines.parse(text));
        }
    }

    @Test
    void theLanguageIsTheQualifiersRuOrKz() {
        assertThat(Lines.parse("RU L1").ranges().get(0).language()).contains("ru");
        assertThat(Lines.parse("KZ L1").ranges().get(0).language()).contains("kk");
        assertThat(Lines.parse("p.5 L1").ranges().get(0).language()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "12–40 (Annex 3)", "RU 19–1189; KZ 1883–3200", "L12–", "L12 (unclosed",
            "L12 (nested (brackets))", "L12 ()", "L450–452 (p.9 says 15 min); the limit used is p.5 L373–374",
            "L0", "L012", "L12;", "L12 L14", "see L12", "L12–10", "p.5", "L12 and more"})
    void whatDoesNotFollowTheGrammarIsRefused(String text) {
        assertThatThrownBy(() -> Lines.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(text.isBlank() ? "empty line reference" : "line reference \"" + text + "\"");
    }

    @Test
    void theRefusalSaysWhatWasExpectedWhere() {
        assertThatThrownBy(() -> Lines.parse("RU 19–1189")).hasMessageStartingWith(
                "line reference \"RU 19–1189\": expected L<line> after the qualifier «RU» at character 4 («19–1189»)");
        assertThatThrownBy(() -> Lines.parse("L12–10")).hasMessage("line reference \"L12–10\": L12–10 ends before it starts");
    }

    @Test
    void jsonShowsTheText() throws Exception {
        ObjectMapper json = new ObjectMapper();
        Statement s = new Statement("Не более 5 минут", Lines.parse("RU L1451"), "ru", 5L, DurationUnit.MINUTES);
        assertThat(json.writeValueAsString(s)).contains("\"lines\":\"RU L1451\"");
        assertThat(json.readValue("\"RU L66–67, L77\"", Lines.class)).isEqualTo(Lines.parse("RU L66–67, L77"));
    }

    // ---------------------------------------------------------------- resolution against the source

    private static final SourceRef BILINGUAL = new SourceRef("001.txt", Lines.parse("RU L19–1189; KZ L1883–3200"),
            "act", "standard", "ru+kk");
    private static final SourceRef KAZAKH = new SourceRef("003.txt", Lines.parse("L111–310 (Annex 1)"), "act", "standard", "kk");

    @Test
    void aReferenceTakesItsLanguageFromItsQualifierItsSectionOrItsFile() {
        assertThat(BILINGUAL.cite(Lines.parse("RU L66–67, L77; KZ L1928"))).containsExactly(
                new SourceLines("001.txt", "ru", 66, 67), new SourceLines("001.txt", "ru", 77, 77),
                new SourceLines("001.txt", "kk", 1928, 1928));
        assertThat(BILINGUAL.cite(Lines.parse("L920; L2269"))).containsExactly(
                new SourceLines("001.txt", "ru", 920, 920), new SourceLines("001.txt", "kk", 2269, 2269));
        assertThat(KAZAKH.cite(Lines.parse("p.5 L160–183"))).containsExactly(new SourceLines("003.txt", "kk", 160, 183));
    }

    @Test
    void aReferenceOutsideTheSourcesSectionsOrInTheOtherLanguageIsRefused() {
        assertThatThrownBy(() -> KAZAKH.cite(Lines.parse("L300–320")))
                .hasMessage("L300–320 lies outside the source's lines L111–310 (Annex 1) of 003.txt");
        assertThatThrownBy(() -> BILINGUAL.cite(Lines.parse("L1500")))
                .hasMessageContaining("L1500 lies outside the source's lines");
        assertThatThrownBy(() -> BILINGUAL.cite(Lines.parse("KZ L574")))
                .hasMessage("KZ L574 is kk but lies in the ru section RU L19–1189");
        assertThatThrownBy(() -> KAZAKH.cite(Lines.parse("RU L120")))
                .hasMessage("RU L120 is ru but 003.txt is kk");
        SourceRef unsaid = new SourceRef("001.txt", Lines.parse("L19–1189"), "act", "standard", "ru+kk");
        assertThatThrownBy(() -> unsaid.cite(Lines.parse("L20"))).hasMessageContaining("which language?");
    }

    @Test
    void theLanguagesOfTheFile() {
        assertThat(BILINGUAL.languages()).isEqualTo(List.of("ru", "kk"));
        assertThat(KAZAKH.languages()).isEqualTo(List.of("kk"));
    }
}
