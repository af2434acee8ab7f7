package kz.egov.catalog.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import kz.egov.catalog.ServiceCatalog;
import kz.egov.catalog.model.DurationUnit;
import kz.egov.catalog.model.Term;
import kz.egov.contract.message.Channel;
import org.junit.jupiter.api.Test;

/**
 * Issue [wave 2 · 7/16]: V12 "counts the term from the moment rather than the day of the decision". 003 L844–846:
 * «Мемлекеттік қызметті көрсету мерзімі … жұмыссыз ретінде тіркеу жөніндегі шешім қабылдаған күннен бастап – 2 (екі)
 * жұмыс күні». From the day: the decision's own day is not counted (the Civil Code, art. 172: a period runs from the
 * day after the event), so the two working days open the next working day — whatever the hour of the decision.
 */
class TermCountedFromTheDayOfTheDecisionTest {

    private static final WorkingCalendar CAL = WorkingCalendar.loadDefault();
    private static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");
    private static final Term V12 = ServiceCatalog.loadDefault().variant("V12").term(Channel.VIA_OTHER_BODY);

    @Test
    void aDecisionOnMondayMorningOrEveningIsDueAtTheSameMomentTwoWorkingDaysAfterTuesdaysOpening() {
        LocalDate monday = LocalDate.of(2027, 2, 1);
        ZonedDateTime morning = monday.atTime(9, 30).atZone(ALMATY);
        ZonedDateTime evening = monday.atTime(17, 45).atZone(ALMATY);
        ZonedDateTime tuesdayOpening = monday.plusDays(1).atTime(CAL.workingHours().start()).atZone(ALMATY);

        ZonedDateTime due = CAL.deadline(morning, V12, false);

        assertThat(CAL.deadline(evening, V12, false)).as("the day counts, not the moment").isEqualTo(due);
        assertThat(due).isEqualTo(CAL.deadline(tuesdayOpening, 2, DurationUnit.WORKING_DAYS));
        assertThat(due.toLocalDate()).as("Tuesday and Wednesday are the two working days")
                .isEqualTo(monday.plusDays(2));
        assertThat(due).isNotEqualTo(CAL.deadline(morning, 2, DurationUnit.WORKING_DAYS));
    }

    @Test
    void aDecisionOnFridayRunsFromMonday() {
        ZonedDateTime friday = LocalDate.of(2027, 2, 5).atTime(11, 0).atZone(ALMATY);

        assertThat(CAL.deadline(friday, V12, false).toLocalDate()).isEqualTo(LocalDate.of(2027, 2, 9));
    }
}
