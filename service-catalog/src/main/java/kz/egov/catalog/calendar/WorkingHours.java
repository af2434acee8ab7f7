package kz.egov.catalog.calendar;

import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;

/**
 * The working hours of a working day, with an optional break.
 * Default 09:00–18:00 with a break 13:00–14:00: the schedule the 2012 Almaty act gives for the department and the
 * district departments («с 9-00 до 18-00 часов, обед с 13-00 до 14-00 часов», 001 L145), an 8-hour day.
 */
public record WorkingHours(LocalTime start, LocalTime end, LocalTime breakStart, LocalTime breakEnd) {

    public static final WorkingHours DEFAULT = new WorkingHours(LocalTime.of(9, 0), LocalTime.of(18, 0),
            LocalTime.of(13, 0), LocalTime.of(14, 0));

    public WorkingHours {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!start.isBefore(end)) {
            throw new IllegalArgumentException("working day start " + start + " must be before its end " + end);
        }
        if ((breakStart == null) != (breakEnd == null)) {
            throw new IllegalArgumentException("a break needs both its start and its end");
        }
        if (breakStart != null && (breakStart.isBefore(start) || !breakStart.isBefore(breakEnd) || breakEnd.isAfter(end))) {
            throw new IllegalArgumentException("break " + breakStart + "–" + breakEnd + " must lie inside " + start + "–" + end);
        }
    }

    /** The working intervals of a day, in order. */
    public List<LocalTime[]> intervals() {
        if (breakStart == null) {
            return List.<LocalTime[]>of(new LocalTime[]{start, end});
        }
        return List.of(new LocalTime[]{start, breakStart}, new LocalTime[]{breakEnd, end});
    }

    /** Working minutes in one day (one working day of a term). */
    public long minutesPerDay() {
        return intervals().stream().mapToLong(i -> Duration.between(i[0], i[1]).toMinutes()).sum();
    }
}
