package kz.egov.catalog.model;

/** Unit of a step limit or term. Minutes and hours are working time; see the working calendar. */
public enum DurationUnit {
    MINUTES,
    HOURS,
    WORKING_DAYS,
    CALENDAR_DAYS;

    /** Minutes and hours: time counted inside working hours. */
    public boolean isClockTime() {
        return this == MINUTES || this == HOURS;
    }
}
