package kz.egov.catalog.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The calendar YAML (calendar/kz-calendar.yaml, or an administrator's file holding only {@code years}). */
public record CalendarFile(String zone, Hours workingHours, List<DayOfWeek> weekend, List<FixedHoliday> fixedHolidays,
                           Boolean shiftWeekendHolidays, Map<Integer, Year> years, String note) {

    /** Working hours as "HH:mm" strings; break optional. */
    public record Hours(String start, String end, String breakStart, String breakEnd) {
    }

    /**
     * A holiday on the same date every year.
     *
     * @param date      "MM-dd"
     * @param name      its name
     * @param religious religious holidays are not moved to the next working day when they fall on a weekend
     * @param fromYear  first year it is a day off (optional)
     * @param toYear    last year it is a day off (optional)
     */
    public record FixedHoliday(String date, String name, boolean religious, Integer fromYear, Integer toYear) {
    }

    /** A dated entry with a note; {@code uncertain} marks dates we could not confirm. */
    public record Dated(LocalDate date, String note, boolean uncertain) {
    }

    /**
     * One year's data.
     *
     * @param kurbanAit        the first day of Kurban Ait (a religious holiday, date set each year)
     * @param kurbanAitUncertain the date is an estimate
     * @param extraDaysOff     days off by transfer (перенос выходного дня) or other decree
     * @param workingDays      weekend days that are working days by transfer
     * @param note             remarks
     */
    public record Year(LocalDate kurbanAit, boolean kurbanAitUncertain, List<Dated> extraDaysOff,
                       List<Dated> workingDays, String note) {
        public Year {
            extraDaysOff = extraDaysOff == null ? List.of() : List.copyOf(extraDaysOff);
            workingDays = workingDays == null ? List.of() : List.copyOf(workingDays);
        }
    }
}
