package kz.egov.mio.deadline;

import java.time.Instant;
import java.time.ZonedDateTime;

import jakarta.enterprise.context.ApplicationScoped;

import kz.egov.catalog.calendar.WorkingCalendar;
import kz.egov.catalog.model.DurationUnit;
import kz.egov.catalog.model.Step;
import kz.egov.catalog.model.Term;
import kz.egov.catalog.model.TermStart;

/** Due times from the catalog's limits and the working-day calendar, read against the {@link WorkflowClock}. */
@ApplicationScoped
public class Deadlines {

    private final WorkingCalendar calendar;
    private final WorkflowClock clock;

    Deadlines(WorkingCalendar calendar, WorkflowClock clock) {
        this.calendar = calendar;
        this.clock = clock;
    }

    /** The workflow's time now ({@link WorkflowClock}). */
    public Instant now() {
        return clock.instant();
    }

    /** When a step started at {@code start} is due; null when the catalog gives the step no limit. */
    public Instant stepDue(Step step, Instant start) {
        return step.maxDuration() == null ? null : calendar.deadline(start, step.maxDuration());
    }

    /** When the overall term started at {@code start} ends; null for a fragment without a term. */
    public Instant termDue(Term term, Instant start) {
        return term == null || term.parts().isEmpty() ? null : calendar.deadline(start, term);
    }

    /** The term counts from the provider's registration of the package rather than from receipt. */
    public boolean startsAtRegistration(Term term) {
        return term != null && term.start() == TermStart.PACKAGE_REGISTERED_BY_PROVIDER;
    }

    /**
     * The term counts from the provider's decision (V12: «шешім қабылдаған күннен», 003 L844–846): it starts when the
     * decision is signed, not at receipt.
     */
    public boolean startsAtDecision(Term term) {
        return term != null && term.start() == TermStart.DECISION_DATE;
    }

    /** A due time moved on by working days (a term extension), counted from the later of the due time and now. */
    public Instant extend(Instant due, int workingDays) {
        Instant from = due == null || due.isBefore(now()) ? now() : due;
        ZonedDateTime t = calendar.deadline(from.atZone(calendar.zone()), workingDays, DurationUnit.WORKING_DAYS);
        return t.toInstant();
    }

    public boolean overdue(Instant due) {
        return due != null && now().isAfter(due);
    }
}
