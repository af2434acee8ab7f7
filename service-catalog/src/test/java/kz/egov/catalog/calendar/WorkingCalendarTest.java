package kz.egov.catalog.calendar;

import kz.egov.catalog.CatalogException;
import kz.egov.catalog.ServiceCatalog;
import kz.egov.contract.message.Channel;
import kz.egov.catalog.model.DurationUnit;
import kz.egov.catalog.model.MaxDuration;
import kz.egov.catalog.model.Term;
import org.junit.jupiter.api.Test;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

import static kz.egov.catalog.model.DurationUnit.CALENDAR_DAYS;
import static kz.egov.catalog.model.DurationUnit.HOURS;
import static kz.egov.catalog.model.DurationUnit.MINUTES;
import static kz.egov.catalog.model.DurationUnit.WORKING_DAYS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WorkingCalendarTest {

    static final WorkingCalendar CAL = WorkingCalendar.loadDefault();
    static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");

    static ZonedDateTime at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(ALMATY);
    }

    static String deadline(String start, long amount, DurationUnit unit) {
        return CAL.deadline(at(start), amount, unit).toLocalDateTime().toString();
    }

    @Test
    void defaultsAreAlmatyZoneAndTheNineToSixDayOfThe2012Act() {
        assertThat(CAL.zone()).isEqualTo(ALMATY);
        assertThat(CAL.workingHours()).isEqualTo(WorkingHours.DEFAULT);
        assertThat(CAL.workingHours().minutesPerDay()).isEqualTo(480);
        assertThat(CAL.configuredYears()).contains(2025, 2026, 2027);
        // Kazakhstan has used UTC+5 everywhere since 1 March 2024 (tzdata 2024a and later)
        assertThat(ALMATY.getRules().getOffset(Instant.parse("2025-06-01T00:00:00Z"))).isEqualTo(ZoneOffset.ofHours(5));
    }

    @Test
    void aTwentyMinuteStepStartedAt1820ContinuesTheNextWorkingMorning() {
        // default day ends at 18:00: nothing is left that evening, the step runs 09:00–09:20 next day
        assertThat(deadline("2025-11-18T18:20", 20, MINUTES)).isEqualTo("2025-11-19T09:20");
        // with a day ending at 18:30 (and a 13:00–14:30 break) 10 minutes run that evening, 10 the next morning
        WorkingCalendar late = CAL.withWorkingHours(new WorkingHours(LocalTime.of(9, 0), LocalTime.of(18, 30),
                LocalTime.of(13, 0), LocalTime.of(14, 30)));
        assertThat(late.deadline(at("2025-11-18T18:20"), 20, MINUTES).toLocalDateTime()).hasToString("2025-11-19T09:10");
        assertThat(late.workingHours().minutesPerDay()).isEqualTo(480);
    }

    @Test
    void stepsSkipTheLunchBreak() {
        assertThat(deadline("2025-11-18T12:50", 20, MINUTES)).isEqualTo("2025-11-18T14:10");
        assertThat(deadline("2025-11-18T13:30", 10, MINUTES)).isEqualTo("2025-11-18T14:10");
        assertThat(deadline("2025-11-18T10:00", 4, HOURS)).isEqualTo("2025-11-18T15:00");
    }

    @Test
    void acrossAWeekend() {
        // Friday 17:50 + 20 min → Monday 09:10
        assertThat(deadline("2025-11-14T17:50", 20, MINUTES)).isEqualTo("2025-11-17T09:10");
        // Friday 10:00 + 1 working day → Monday 10:00
        assertThat(deadline("2025-11-14T10:00", 1, WORKING_DAYS)).isEqualTo("2025-11-17T10:00");
        // submitted on Saturday: the working day starts on Monday morning
        assertThat(deadline("2025-11-15T11:00", 1, WORKING_DAYS)).isEqualTo("2025-11-17T18:00");
        assertThat(CAL.dayOffReason(LocalDate.parse("2025-11-15"))).hasValue("weekend");
    }

    @Test
    void acrossNauryz() {
        // 2025: 21 (Fri), 22 (Sat), 23 (Sun) March; the weekend days move to Monday 24 and Tuesday 25
        for (String d : new String[]{"2025-03-21", "2025-03-22", "2025-03-23", "2025-03-24", "2025-03-25"}) {
            assertThat(CAL.isWorkingDay(LocalDate.parse(d))).as(d).isFalse();
        }
        assertThat(CAL.dayOffReason(LocalDate.parse("2025-03-21"))).hasValue("holiday: Nauryz meiramy");
        assertThat(CAL.dayOffReason(LocalDate.parse("2025-03-24")).orElseThrow()).startsWith("day off moved from 2025-03-22");
        assertThat(CAL.isWorkingDay(LocalDate.parse("2025-03-26"))).isTrue();
        // Thursday 20 March 17:00 + 2 working days: 1 h on Thursday, Wednesday 26, 7 h on Thursday 27
        assertThat(deadline("2025-03-20T17:00", 2, WORKING_DAYS)).isEqualTo("2025-03-27T17:00");
        assertThat(deadline("2025-03-20T17:50", 20, MINUTES)).isEqualTo("2025-03-26T09:10");
    }

    @Test
    void acrossNewYear() {
        // 31 December 2025 (Wed) 16:00 + 1 working day: 1–2 January holidays, 3–4 weekend → Monday 5 January 16:00
        assertThat(deadline("2025-12-31T16:00", 1, WORKING_DAYS)).isEqualTo("2026-01-05T16:00");
        // 2027: 2 January is a Saturday, so Monday 4 January is a day off too
        assertThat(CAL.isWorkingDay(LocalDate.parse("2027-01-04"))).isFalse();
        assertThat(deadline("2026-12-31T17:40", 30, MINUTES)).isEqualTo("2027-01-05T09:10");
    }

    @Test
    void religiousHolidaysAreNotMovedButOthersAre() {
        assertThat(CAL.isWorkingDay(LocalDate.parse("2026-03-09"))).as("8 March 2026 is a Sunday → Monday 9 off").isFalse();
        assertThat(CAL.isWorkingDay(LocalDate.parse("2027-05-16"))).as("Kurban Ait 2027").isFalse();
        assertThat(CAL.isWorkingDay(LocalDate.parse("2027-05-17"))).as("Kurban Ait on a Sunday is not moved").isTrue();
        assertThat(CAL.isWorkingDay(LocalDate.parse("2025-06-06"))).as("Kurban Ait 2025").isFalse();
        assertThat(CAL.isWorkingDay(LocalDate.parse("2025-10-27"))).as("25 October 2025 is a Saturday → Monday 27 off").isFalse();
        assertThat(CAL.isWorkingDay(LocalDate.parse("2025-12-16"))).isFalse();
        assertThat(CAL.isWorkingDay(LocalDate.parse("2025-12-17"))).as("17 December is no longer a holiday").isTrue();
    }

    @Test
    void aTransferredWorkingDayFromAnAdditionalYearsFile() throws URISyntaxException {
        WorkingCalendar cal = CAL.withAdditionalYears(resource("calendar/extra-years.yaml"));
        assertThat(cal.configuredYears()).contains(2025, 2028);
        LocalDate saturday = LocalDate.parse("2028-03-04");
        assertThat(CAL.isWorkingDay(saturday)).isFalse();
        assertThat(cal.isWorkingDay(saturday)).isTrue();
        assertThat(cal.isWorkingDay(LocalDate.parse("2028-03-10"))).isFalse();
        assertThat(cal.dayOffReason(LocalDate.parse("2028-03-10")).orElseThrow()).startsWith("transferred day off");
        // Friday 3 March 17:50 + 20 min → the working Saturday morning
        assertThat(cal.deadline(at("2028-03-03T17:50"), 20, MINUTES).toLocalDateTime()).hasToString("2028-03-04T09:10");
        // the shipped 2025 transfer: Friday 3 January off, Sunday 5 January worked (marked uncertain in the data)
        assertThat(CAL.isWorkingDay(LocalDate.parse("2025-01-03"))).isFalse();
        assertThat(CAL.isWorkingDay(LocalDate.parse("2025-01-05"))).isTrue();
    }

    @Test
    void aBrokenYearFileFailsNamingTheField() {
        assertThatThrownBy(() -> CAL.withAdditionalYears(resource("calendar/broken-year.yaml")))
                .isInstanceOf(CatalogException.class)
                .hasMessageContaining("years.2029.kurbanAit");
    }

    @Test
    void calendarDaysEndingOnADayOffMoveToTheNextWorkingDay() {
        // V16: 13 calendar days from Monday 10 March 2025 → Sunday 23 March (Nauryz), next working day Wednesday 26
        assertThat(deadline("2025-03-10T10:00", 13, CALENDAR_DAYS)).isEqualTo("2025-03-26T18:00");
        assertThat(deadline("2025-11-03T10:00", 1, CALENDAR_DAYS)).isEqualTo("2025-11-04T10:00");
    }

    @Test
    void overdueByUsesTheCallersClock() {
        Instant deadline = CAL.deadline(at("2025-11-18T18:20").toInstant(), new MaxDuration(20, MINUTES, "не более двадцати минут", false));
        assertThat(deadline).isEqualTo(at("2025-11-19T09:20").toInstant());
        WorkingCalendar before = CAL.withClock(Clock.fixed(at("2025-11-19T09:00").toInstant(), ALMATY));
        WorkingCalendar after = CAL.withClock(Clock.fixed(at("2025-11-19T10:30").toInstant(), ALMATY));
        assertThat(before.isOverdue(deadline)).isFalse();
        assertThat(before.overdueBy(deadline)).isEqualTo(Duration.ZERO);
        assertThat(after.isOverdue(deadline)).isTrue();
        assertThat(after.overdueBy(deadline)).isEqualTo(Duration.ofMinutes(70));
        // counted in working time: from 18:00 on Tuesday to 09:20 on Wednesday nothing counts
        assertThat(CAL.workingOverdueBy(at("2025-11-18T17:00").toInstant(), at("2025-11-19T09:20").toInstant()))
                .isEqualTo(Duration.ofMinutes(80));
    }

    @Test
    void termsWithTheAcceptanceDayExcludedAndAnExtension() {
        Term term = ServiceCatalog.loadDefault().variant("V09").term(Channel.STATE_CORPORATION);
        // accepted Tuesday 18 Nov 2025 11:00; counting starts Wednesday 09:00; 5 working days → Tuesday 25 Nov 18:00
        assertThat(CAL.deadline(at("2025-11-18T11:00"), term, false).toLocalDateTime()).hasToString("2025-11-25T18:00");
        // via a district branch: + 5 working days → Tuesday 2 December 18:00
        assertThat(CAL.deadline(at("2025-11-18T11:00"), term, true).toLocalDateTime()).hasToString("2025-12-02T18:00");
        // a derived term (V06 office: 120 minutes)
        Term derived = ServiceCatalog.loadDefault().variant("V06").term(Channel.PROVIDER_OFFICE);
        assertThat(CAL.deadline(at("2025-11-18T17:00"), derived, false).toLocalDateTime()).hasToString("2025-11-19T10:00");
    }

    @Test
    void aConfigurableZone() {
        WorkingCalendar utc = CAL.withZone(ZoneOffset.UTC);
        // 04:20 UTC = 09:20 in Almaty; in a UTC calendar it is before the working day
        Instant start = Instant.parse("2025-11-18T04:20:00Z");
        assertThat(CAL.deadline(start, new MaxDuration(10, MINUTES, "Не более 10 минут", false)))
                .isEqualTo(Instant.parse("2025-11-18T04:30:00Z"));
        assertThat(utc.deadline(start, new MaxDuration(10, MINUTES, "Не более 10 минут", false)))
                .isEqualTo(Instant.parse("2025-11-18T09:10:00Z"));
    }

    static Path resource(String name) {
        try {
            return Path.of(WorkingCalendarTest.class.getClassLoader().getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
