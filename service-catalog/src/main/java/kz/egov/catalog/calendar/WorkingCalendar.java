package kz.egov.catalog.calendar;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import kz.egov.catalog.CatalogException;
import kz.egov.catalog.model.DurationUnit;
import kz.egov.catalog.model.MaxDuration;
import kz.egov.catalog.model.Term;
import kz.egov.catalog.model.TermExtension;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The working-day calendar of Kazakhstan and deadline arithmetic.
 *
 * <ul>
 *   <li>Weekends (Saturday, Sunday), the public holidays (1–2 January, 7 January, 8 March, 21–23 March, 1 May,
 *   7 May, 9 May, 6 July, 30 August, 25 October, 16 December) and Kurban Ait (a date per year) are days off.</li>
 *   <li>A non-religious holiday on a weekend moves the day off to the next working day; religious holidays
 *   (7 January, Kurban Ait) do not move. Transfers decreed per year are data (extra days off, working weekends).</li>
 *   <li>Minutes and hours are working time: a 20-minute step started at 18:20 runs on the next working morning.
 *   A working day is one working day's worth of working time (8 hours by default). Calendar days are added as
 *   days; a term whose last day is a day off ends at the end of the next working day.</li>
 * </ul>
 * Immutable; the {@code with…} methods return a copy. The zone defaults to Asia/Almaty (Kazakhstan has used a
 * single UTC+5 zone since 1 March 2024; the JDK's tzdata 2024a+ has Asia/Almaty at +05).
 */
public final class WorkingCalendar {

    public static final String DEFAULT_RESOURCE = "calendar/kz-calendar.yaml";
    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Almaty");

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .registerModule(new JavaTimeModule())
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

    private final ZoneId zone;
    private final WorkingHours hours;
    private final Set<DayOfWeek> weekend;
    private final List<CalendarFile.FixedHoliday> fixed;
    private final boolean shiftWeekendHolidays;
    private final Map<Integer, CalendarFile.Year> years;
    private final Clock clock;
    private final Map<Integer, Map<LocalDate, String>> daysOffCache = new ConcurrentHashMap<>();

    private WorkingCalendar(ZoneId zone, WorkingHours hours, Set<DayOfWeek> weekend, List<CalendarFile.FixedHoliday> fixed,
                            boolean shift, Map<Integer, CalendarFile.Year> years, Clock clock) {
        this.zone = zone;
        this.hours = hours;
        this.weekend = Collections.unmodifiableSet(EnumSet.copyOf(weekend));
        this.fixed = List.copyOf(fixed);
        this.shiftWeekendHolidays = shift;
        this.years = Collections.unmodifiableMap(new TreeMap<>(years));
        this.clock = clock;
    }

    /** The calendar shipped on the classpath ({@value #DEFAULT_RESOURCE}), system clock. */
    public static WorkingCalendar loadDefault() {
        try (InputStream in = WorkingCalendar.class.getClassLoader().getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new CatalogException(List.of(DEFAULT_RESOURCE + ": not found on the classpath"));
            }
            return from(read(DEFAULT_RESOURCE, in), DEFAULT_RESOURCE);
        } catch (IOException e) {
            throw new CatalogException(DEFAULT_RESOURCE + ": " + e.getMessage(), e);
        }
    }

    /** A complete calendar file. */
    public static WorkingCalendar load(Path file) {
        return from(readFile(file), file.toString());
    }

    /** A copy with the years of another file added; a year in the file replaces the same year here. */
    public WorkingCalendar withAdditionalYears(Path file) {
        CalendarFile f = readFile(file);
        if (f.years() == null || f.years().isEmpty()) {
            throw new CatalogException(List.of(file + " years: missing or empty"));
        }
        Map<Integer, CalendarFile.Year> merged = new HashMap<>(years);
        for (var e : f.years().entrySet()) {
            checkYear(file.toString(), e.getKey(), e.getValue());
            merged.put(e.getKey(), e.getValue());
        }
        return new WorkingCalendar(zone, hours, weekend, fixed, shiftWeekendHolidays, merged, clock);
    }

    public WorkingCalendar withClock(Clock newClock) {
        return new WorkingCalendar(zone, hours, weekend, fixed, shiftWeekendHolidays, years, newClock);
    }

    public WorkingCalendar withZone(ZoneId newZone) {
        return new WorkingCalendar(newZone, hours, weekend, fixed, shiftWeekendHolidays, years, clock.withZone(newZone));
    }

    public WorkingCalendar withWorkingHours(WorkingHours newHours) {
        return new WorkingCalendar(zone, newHours, weekend, fixed, shiftWeekendHolidays, years, clock);
    }

    public ZoneId zone() {
        return zone;
    }

    public WorkingHours workingHours() {
        return hours;
    }

    public Clock clock() {
        return clock;
    }

    /** Years with per-year data (Kurban Ait, transfers). Other years get the fixed holidays and weekends only. */
    public Set<Integer> configuredYears() {
        return years.keySet();
    }

    public boolean isConfigured(int year) {
        return years.containsKey(year);
    }

    // ---------------------------------------------------------------- days

    public boolean isWorkingDay(LocalDate date) {
        return dayOffReason(date).isEmpty();
    }

    /** Why a date is a day off ("weekend", "holiday: Nauryz", "transferred day off: ..."), or empty on a working day. */
    public Optional<String> dayOffReason(LocalDate date) {
        CalendarFile.Year y = years.get(date.getYear());
        if (y != null && y.workingDays().stream().anyMatch(d -> d.date().equals(date))) {
            return Optional.empty();
        }
        String off = daysOff(date.getYear()).get(date);
        if (off != null) {
            return Optional.of(off);
        }
        return weekend.contains(date.getDayOfWeek()) ? Optional.of("weekend") : Optional.empty();
    }

    /** The days off of a year other than plain weekends, with their reasons. */
    public Map<LocalDate, String> daysOff(int year) {
        return daysOffCache.computeIfAbsent(year, this::computeDaysOff);
    }

    private Map<LocalDate, String> computeDaysOff(int year) {
        Map<LocalDate, String> off = new TreeMap<>();
        List<LocalDate> movable = new ArrayList<>();
        for (CalendarFile.FixedHoliday h : fixed) {
            if ((h.fromYear() != null && year < h.fromYear()) || (h.toYear() != null && year > h.toYear())) {
                continue;
            }
            LocalDate d = MonthDay.parse("--" + h.date()).atYear(year);
            off.put(d, "holiday: " + h.name());
            if (!h.religious()) {
                movable.add(d);
            }
        }
        CalendarFile.Year y = years.get(year);
        if (y != null && y.kurbanAit() != null) {
            off.put(y.kurbanAit(), "holiday: Kurban Ait" + (y.kurbanAitUncertain() ? " (date uncertain)" : ""));
        }
        Set<LocalDate> working = new TreeSet<>();
        if (y != null) {
            y.workingDays().forEach(d -> working.add(d.date()));
        }
        if (shiftWeekendHolidays) {
            Collections.sort(movable);
            Map<LocalDate, String> shifted = new TreeMap<>();
            for (LocalDate h : movable) {
                if (!weekend.contains(h.getDayOfWeek())) {
                    continue;
                }
                LocalDate d = h.plusDays(1);
                while (weekend.contains(d.getDayOfWeek()) || off.containsKey(d) || shifted.containsKey(d) || working.contains(d)) {
                    d = d.plusDays(1);
                }
                shifted.put(d, "day off moved from " + h + " (" + off.get(h).substring("holiday: ".length()) + ")");
            }
            shifted.forEach(off::putIfAbsent);
        }
        if (y != null) {
            for (CalendarFile.Dated d : y.extraDaysOff()) {
                off.putIfAbsent(d.date(), "transferred day off" + (d.note() != null ? ": " + d.note() : "")
                        + (d.uncertain() ? " (uncertain)" : ""));
            }
        }
        return Collections.unmodifiableMap(off);
    }

    /** The first working day after a date. */
    public LocalDate nextWorkingDay(LocalDate date) {
        LocalDate d = date.plusDays(1);
        while (!isWorkingDay(d)) {
            d = d.plusDays(1);
        }
        return d;
    }

    // ---------------------------------------------------------------- deadlines

    /** The moment a limit runs out when started at {@code start}. */
    public ZonedDateTime deadline(ZonedDateTime start, MaxDuration limit) {
        return deadline(start, limit.amount(), limit.unit());
    }

    public Instant deadline(Instant start, MaxDuration limit) {
        return deadline(start.atZone(zone), limit).toInstant();
    }

    /** The moment {@code amount unit} runs out when started at {@code start}. */
    public ZonedDateTime deadline(ZonedDateTime start, long amount, DurationUnit unit) {
        if (amount < 0) {
            throw new IllegalArgumentException("negative duration " + amount);
        }
        ZonedDateTime s = start.withZoneSameInstant(zone);
        return switch (unit) {
            case MINUTES -> addWorkingMinutes(s, amount);
            case HOURS -> addWorkingMinutes(s, amount * 60);
            case WORKING_DAYS -> addWorkingMinutes(s, amount * hours.minutesPerDay());
            case CALENDAR_DAYS -> addCalendarDays(s, amount);
        };
    }

    /** Adds the parts one after the other (a derived term: days first, then minutes). */
    public ZonedDateTime deadline(ZonedDateTime start, List<MaxDuration> parts) {
        ZonedDateTime t = start;
        for (MaxDuration p : parts) {
            t = deadline(t, p);
        }
        return t;
    }

    /**
     * The deadline of a term. When the term excludes the day of acceptance or counts from the day of its start,
     * counting starts on the next working day; {@code withExtensions} adds the term's conditional extensions (e.g. delivery via a district branch).
     */
    public ZonedDateTime deadline(ZonedDateTime start, Term term, boolean withExtensions) {
        ZonedDateTime s = start.withZoneSameInstant(zone);
        if (term.startsTheNextWorkingDay()) {
            s = nextWorkingDay(s.toLocalDate()).atTime(hours.start()).atZone(zone);
        }
        ZonedDateTime t = deadline(s, term.parts());
        if (withExtensions) {
            for (TermExtension x : term.extensions()) {
                t = deadline(t, x.extra());
            }
        }
        return t;
    }

    public Instant deadline(Instant start, Term term) {
        return deadline(start.atZone(zone), term, false).toInstant();
    }

    /** How late {@code now} is against the deadline, in wall-clock time; zero when not overdue. */
    public Duration overdueBy(Instant deadline, Instant now) {
        return now.isAfter(deadline) ? Duration.between(deadline, now) : Duration.ZERO;
    }

    public Duration overdueBy(ZonedDateTime deadline, ZonedDateTime now) {
        return overdueBy(deadline.toInstant(), now.toInstant());
    }

    /** How late it is now (by this calendar's clock). */
    public Duration overdueBy(Instant deadline) {
        return overdueBy(deadline, clock.instant());
    }

    public boolean isOverdue(Instant deadline) {
        return clock.instant().isAfter(deadline);
    }

    /** How late {@code now} is against the deadline, counting working time only. */
    public Duration workingOverdueBy(Instant deadline, Instant now) {
        return now.isAfter(deadline) ? workingTimeBetween(deadline, now) : Duration.ZERO;
    }

    /** Working time between two moments (zero if {@code to} is not after {@code from}). */
    public Duration workingTimeBetween(Instant from, Instant to) {
        if (!to.isAfter(from)) {
            return Duration.ZERO;
        }
        LocalDateTime a = LocalDateTime.ofInstant(from, zone);
        LocalDateTime b = LocalDateTime.ofInstant(to, zone);
        long minutes = 0;
        for (LocalDate d = a.toLocalDate(); !d.isAfter(b.toLocalDate()); d = d.plusDays(1)) {
            if (!isWorkingDay(d)) {
                continue;
            }
            for (LocalTime[] i : hours.intervals()) {
                LocalDateTime s = max(d.atTime(i[0]), a);
                LocalDateTime e = min(d.atTime(i[1]), b);
                if (e.isAfter(s)) {
                    minutes += Duration.between(s, e).toMinutes();
                }
            }
        }
        return Duration.ofMinutes(minutes);
    }

    /** The moment itself if it is inside working hours, else the start of the next working interval. */
    public ZonedDateTime nextWorkingMoment(ZonedDateTime t) {
        return addWorkingMinutes(t.withZoneSameInstant(zone), 0);
    }

    private ZonedDateTime addWorkingMinutes(ZonedDateTime start, long minutes) {
        LocalDateTime t = start.toLocalDateTime();
        long left = minutes;
        while (true) {
            LocalDate d = t.toLocalDate();
            if (isWorkingDay(d)) {
                for (LocalTime[] i : hours.intervals()) {
                    LocalDateTime s = d.atTime(i[0]);
                    LocalDateTime e = d.atTime(i[1]);
                    if (t.isBefore(s)) {
                        t = s;
                    }
                    if (t.isBefore(e)) {
                        long available = Duration.between(t, e).toMinutes();
                        if (left <= available) {
                            return t.plusMinutes(left).atZone(zone);
                        }
                        left -= available;
                        t = e;
                    }
                }
            }
            t = nextWorkingDay(d).atTime(hours.start());
        }
    }

    private ZonedDateTime addCalendarDays(ZonedDateTime start, long days) {
        ZonedDateTime t = start.plusDays(days);
        if (isWorkingDay(t.toLocalDate())) {
            return t;
        }
        return nextWorkingDay(t.toLocalDate()).atTime(hours.end()).atZone(zone);
    }

    private static LocalDateTime max(LocalDateTime a, LocalDateTime b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDateTime min(LocalDateTime a, LocalDateTime b) {
        return a.isBefore(b) ? a : b;
    }

    // ---------------------------------------------------------------- loading

    private static CalendarFile readFile(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(file.toString(), in);
        } catch (IOException e) {
            throw new CatalogException(file + ": " + e.getMessage(), e);
        }
    }

    private static CalendarFile read(String name, InputStream in) {
        try {
            return YAML.readValue(in, CalendarFile.class);
        } catch (IOException e) {
            throw new CatalogException(name + ": " + e.getMessage(), e);
        }
    }

    private static WorkingCalendar from(CalendarFile f, String name) {
        List<String> problems = new ArrayList<>();
        ZoneId zone = DEFAULT_ZONE;
        if (f.zone() != null) {
            try {
                zone = ZoneId.of(f.zone());
            } catch (RuntimeException e) {
                problems.add(name + " zone: " + e.getMessage());
            }
        }
        WorkingHours hours = WorkingHours.DEFAULT;
        if (f.workingHours() != null) {
            try {
                CalendarFile.Hours h = f.workingHours();
                hours = new WorkingHours(LocalTime.parse(h.start()), LocalTime.parse(h.end()),
                        h.breakStart() == null ? null : LocalTime.parse(h.breakStart()),
                        h.breakEnd() == null ? null : LocalTime.parse(h.breakEnd()));
            } catch (RuntimeException e) {
                problems.add(name + " workingHours: " + e.getMessage());
            }
        }
        Set<DayOfWeek> weekend = f.weekend() == null || f.weekend().isEmpty()
                ? EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY) : EnumSet.copyOf(f.weekend());
        List<CalendarFile.FixedHoliday> fixed = f.fixedHolidays() == null ? List.of() : f.fixedHolidays();
        for (int i = 0; i < fixed.size(); i++) {
            try {
                MonthDay.parse("--" + fixed.get(i).date());
            } catch (RuntimeException e) {
                problems.add(name + " fixedHolidays[" + i + "].date: not MM-dd: " + fixed.get(i).date());
            }
        }
        Map<Integer, CalendarFile.Year> years = f.years() == null ? Map.of() : f.years();
        for (var e : years.entrySet()) {
            try {
                checkYear(name, e.getKey(), e.getValue());
            } catch (CatalogException ex) {
                problems.addAll(ex.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new CatalogException(problems);
        }
        return new WorkingCalendar(zone, hours, weekend, fixed,
                f.shiftWeekendHolidays() == null || f.shiftWeekendHolidays(), years, Clock.system(zone));
    }

    private static void checkYear(String name, int year, CalendarFile.Year y) {
        List<String> problems = new ArrayList<>();
        if (y == null) {
            throw new CatalogException(List.of(name + " years." + year + ": empty"));
        }
        if (y.kurbanAit() != null && y.kurbanAit().getYear() != year) {
            problems.add(name + " years." + year + ".kurbanAit: " + y.kurbanAit() + " is not in " + year);
        }
        for (CalendarFile.Dated d : y.extraDaysOff()) {
            if (d.date() == null || d.date().getYear() != year) {
                problems.add(name + " years." + year + ".extraDaysOff: " + d.date() + " is not in " + year);
            }
        }
        for (CalendarFile.Dated d : y.workingDays()) {
            if (d.date() == null || d.date().getYear() != year) {
                problems.add(name + " years." + year + ".workingDays: " + d.date() + " is not in " + year);
            }
        }
        if (!problems.isEmpty()) {
            throw new CatalogException(problems);
        }
    }
}
