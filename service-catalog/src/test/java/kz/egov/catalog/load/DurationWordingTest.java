package kz.egov.catalog.load;

import kz.egov.catalog.ServiceCatalog;
import kz.egov.contract.message.Channel;
import kz.egov.catalog.model.DurationUnit;
import kz.egov.catalog.model.MaxDuration;
import kz.egov.catalog.model.Statement;
import kz.egov.catalog.model.Step;
import kz.egov.catalog.model.Term;
import kz.egov.catalog.model.TermExtension;
import kz.egov.catalog.model.Variant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.List;

import static kz.egov.catalog.model.DurationUnit.CALENDAR_DAYS;
import static kz.egov.catalog.model.DurationUnit.HOURS;
import static kz.egov.catalog.model.DurationUnit.MINUTES;
import static kz.egov.catalog.model.DurationUnit.WORKING_DAYS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DurationWordingTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            не более двадцати минут        | 20 | MINUTES      | NOT_MORE | ru
            не более тридцати минут        | 30 | MINUTES      | NOT_MORE | ru
            не более пятнадцати минут      | 15 | MINUTES      | NOT_MORE | ru
            не более пяти минут            | 5  | MINUTES      | NOT_MORE | ru
            не более десяти минут          | 10 | MINUTES      | NOT_MORE | ru
            не более одного часа           | 1  | HOURS        | NOT_MORE | ru
            не более двух часов            | 2  | HOURS        | NOT_MORE | ru
            в течение трех рабочих дней    | 3  | WORKING_DAYS | WITHIN   | ru
            в течение трёх рабочих дней    | 3  | WORKING_DAYS | WITHIN   | ru
            не более двадцати пяти минут   | 25 | MINUTES      | NOT_MORE | ru
            в течение десяти календарных дней | 10 | CALENDAR_DAYS | WITHIN | ru
            Не более 10 минут              | 10 | MINUTES      | NOT_MORE | ru
            Не более 1 минуты              | 1  | MINUTES      | NOT_MORE | ru
            Не более 3 минуты              | 3  | MINUTES      | NOT_MORE | ru
            3 рабочих дня                  | 3  | WORKING_DAYS | DURATION | ru
            1 рабочий день                 | 1  | WORKING_DAYS | DURATION | ru
            в течение 10 рабочих дней      | 10 | WORKING_DAYS | WITHIN   | ru
            жиырма минут                   | 20 | MINUTES      | DURATION | kk
            бір сағат                      | 1  | HOURS        | DURATION | kk
            бір жұмыс күні                 | 1  | WORKING_DAYS | DURATION | kk
            10 (он) минут                  | 10 | MINUTES      | DURATION | kk
            15 (он бес) минут              | 15 | MINUTES      | DURATION | kk
            30 (отыз) минут ішінде         | 30 | MINUTES      | WITHIN   | kk
            1(бір) жұмыс күні              | 1  | WORKING_DAYS | DURATION | kk
            3 (үш) жұмыс күні              | 3  | WORKING_DAYS | DURATION | kk
            4 (төрт) сағат                 | 4  | HOURS        | DURATION | kk
            5 (бес) сағат                  | 5  | HOURS        | DURATION | kk
            2 (екі) сағат 30 (отыз) минут  | 150 | MINUTES     | DURATION | kk
            күнтізбелік 13 (он үш) күн ішінде | 13 | CALENDAR_DAYS | WITHIN | kk
            күнтізбелік 1 (бір) күн ішінде | 1  | CALENDAR_DAYS | WITHIN   | kk
            10 минуттан кем емес           | 10 | MINUTES      | NOT_LESS | kk
            10 жұмыс күн ішінде            | 10 | WORKING_DAYS | WITHIN   | kk
            """)
    void readsRussianAndKazakhWordings(String wording, long amount, DurationUnit unit, DurationWording.Bound bound, String language) {
        DurationWording.Parsed p = DurationWording.parse(wording);
        assertThat(p.amount()).isEqualTo(amount);
        assertThat(p.unit()).isEqualTo(unit);
        assertThat(p.bound()).isEqualTo(bound);
        assertThat(p.language()).isEqualTo(language);
    }

    @Test
    void aFigureThatDisagreesWithItsWordsIsCaught() {
        assertThatThrownBy(() -> DurationWording.parse("10 (он бес) минут")).hasMessageContaining("disagrees");
        assertThatThrownBy(() -> DurationWording.parse("2 (үш) жұмыс күні")).hasMessageContaining("disagrees");
    }

    @Test
    void daysMustBeWorkingOrCalendarDays() {
        assertThatThrownBy(() -> DurationWording.parse("не более пяти дней")).hasMessageContaining("neither working nor calendar");
    }

    @Test
    void aWordingWithoutANumberOrUnitIsRejected() {
        assertThatThrownBy(() -> DurationWording.parse("өтемақы төлеу кестесіне сәйкес")).hasMessageContaining("no duration");
        assertThatThrownBy(() -> DurationWording.parse("не более двадцати")).hasMessageContaining("without a unit");
    }

    @Test
    void hoursAndMinutesAreTheSameTime() {
        assertThat(DurationWording.states("1 (бір) сағат", 60, MINUTES)).isTrue();
        assertThat(DurationWording.states("2 (екі) сағат 30 (отыз) минут", 150, MINUTES)).isTrue();
        assertThat(DurationWording.states("1 (бір) жұмыс күні", 8, HOURS)).isFalse();
        assertThat(DurationWording.states("күнтізбелік 1 (бір) күн ішінде", 1, WORKING_DAYS)).isFalse();
        assertThat(DurationWording.states("күнтізбелік 1 (бір) күн ішінде", 1, CALENDAR_DAYS)).isTrue();
    }

    /** Every wording stored in the catalog states the number and unit stored next to it. */
    @Test
    void everyStoredWordingStatesTheStoredDuration() {
        ServiceCatalog catalog = ServiceCatalog.loadDefault();
        List<String> checked = new ArrayList<>();
        for (Variant v : catalog.variants()) {
            for (Channel c : v.channels()) {
                for (Step s : v.steps(c)) {
                    check(v.code() + " " + c + " step " + s.number(), s.maxDuration(), checked);
                }
                Term t = v.term(c);
                if (t != null) {
                    t.parts().forEach(p -> check(v.code() + " " + c + " term", p, checked));
                    for (TermExtension x : t.extensions()) {
                        check(v.code() + " " + c + " term extension", x.extra(), checked);
                    }
                }
            }
            for (var k : v.contradictions()) {
                for (Statement s : k.statements()) {
                    if (s.isDuration()) {
                        assertThat(DurationWording.states(s.wording(), s.amount(), s.unit()))
                                .as(v.code() + " " + k.id() + " «" + s.wording() + "»").isTrue();
                        checked.add(s.wording());
                    }
                }
            }
        }
        // every non-partial step with a limit was checked; the catalog holds far more than a handful
        assertThat(checked).hasSizeGreaterThan(150);
        assertThat(checked).contains("не более двадцати минут", "не более тридцати минут", "не более пяти минут",
                "не более десяти минут", "Не более 1 минуты", "3 рабочих дня", "1 рабочий день", "в течение 10 рабочих дней",
                "20 (жиырма) минут", "1 (бір) сағат", "1 (бір) жұмыс күні", "күнтізбелік 13 (он үш) күн ішінде",
                "2 (екі) сағат 30 (отыз) минут", "10 минуттан кем емес", "5 (бес) жұмыс күні");
    }

    private static void check(String where, MaxDuration d, List<String> checked) {
        if (d == null || d.derived()) {
            return;
        }
        assertThat(d.sourceWording()).as(where).isNotBlank();
        DurationWording.Parsed p = DurationWording.parse(d.sourceWording());
        assertThat(DurationWording.states(d.sourceWording(), d.amount(), d.unit()))
                .as("%s: «%s» reads %d %s, stored %d %s", where, d.sourceWording(), p.amount(), p.unit(), d.amount(), d.unit())
                .isTrue();
        assertThat(p.bound()).as(where + " is a maximum").isNotEqualTo(DurationWording.Bound.NOT_LESS);
        checked.add(d.sourceWording());
    }
}
