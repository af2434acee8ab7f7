package kz.egov.mio.workflow;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import io.micrometer.core.instrument.MeterRegistry;
import kz.egov.catalog.model.Step;
import kz.egov.contract.message.PackageMovement;
import kz.egov.contract.status.BusinessStatus;
import kz.egov.mio.deadline.Deadlines;
import kz.egov.mio.officer.Officer;
import kz.egov.mio.officer.OfficerRole;

/**
 * The generic engine over the catalog's steps (no per-service code): moves a case from step to step, passing over the
 * steps other systems perform, records every action with its step and lateness, and keeps the due times.
 */
@ApplicationScoped
public class Workflow {

    public static final String SYSTEM = "SYSTEM";

    private final Cases cases;
    private final Deadlines deadlines;
    private final GatewayOutbox outbox;
    private final MeterRegistry metrics;

    Workflow(Cases cases, Deadlines deadlines, GatewayOutbox outbox, MeterRegistry metrics) {
        this.cases = cases;
        this.deadlines = deadlines;
        this.outbox = outbox;
        this.metrics = metrics;
    }

    /** The workflow's time now (the workflow clock). */
    public Instant now() {
        return deadlines.now();
    }

    /**
     * A new case: the overall term (unless it counts from registration or from the decision) and the first step an
     * officer performs.
     */
    public void start(ServiceCase c, Plan plan) {
        Instant now = deadlines.now();
        if (!deadlines.startsAtRegistration(plan.term()) && !deadlines.startsAtDecision(plan.term())) {
            startTerm(c, plan, now);
        }
        if (plan.borrowed()) {
            note(c, plan, -1, "NOTE", "the channel names no officer's step; the provider office's steps apply");
        }
        c.stepIndex = -1;
        moveTo(c, plan, plan.nextHuman(-1));
    }

    /** The overall term starts counting at {@code at} (receipt, registration or decision, as the catalog says). */
    private void startTerm(ServiceCase c, Plan plan, Instant at) {
        c.termStartedAt = at;
        c.dueAt = deadlines.termDue(plan.term(), at);
    }

    /**
     * The provider's decision is signed: a term that counts from the decision (V12) starts now — from its day, as
     * the catalog's term says; the due time goes out with the status change that follows.
     */
    public void decided(ServiceCase c, Plan plan) {
        if (deadlines.startsAtDecision(plan.term()) && c.termStartedAt == null) {
            startTerm(c, plan, deadlines.now());
        }
    }

    /** Records the officer's completion of the current step and moves to the next step an officer performs. */
    public void completeStep(ServiceCase c, Plan plan, Officer officer, String action, String comment) {
        int done = c.stepIndex;
        record(c, plan, officer, action, comment);
        afterStep(c, plan, done, officer);
        moveTo(c, plan, plan.nextHuman(done));
    }

    /** Goes to a given step (return for rework): its own due time counts again. */
    public void moveTo(ServiceCase c, Plan plan, int index) {
        for (int i = c.stepIndex + 1; i < index && i < plan.size(); i++) {
            Step s = plan.steps().get(i);
            note(c, plan, i, "SKIPPED", "performed by " + (s.informationSystem() != null ? s.informationSystem()
                    : s.body() != null && !plan.performedHere(s) && OfficerRole.of(s.role()).isPresent()
                    ? s.body().name() + " " + s.role().name() : s.role().name()) + ": " + s.action());
        }
        Instant now = deadlines.now();
        c.stepIndex = index;
        c.stepStartedAt = now;
        c.stepDueAt = plan.step(index).map(s -> deadlines.stepDue(s, now)).orElse(null);
    }

    /** The business status that follows a completed step: registration, then «в работе». */
    private void afterStep(ServiceCase c, Plan plan, int done, Officer officer) {
        BusinessStatus status = BusinessStatus.valueOf(c.status);
        String role = plan.role(done).map(Enum::name).orElse(SYSTEM);
        if (done == plan.registrationIndex() && status == BusinessStatus.RECEIVED) {
            if (deadlines.startsAtRegistration(plan.term())) {
                startTerm(c, plan, deadlines.now());
            }
            outbox.status(c, BusinessStatus.REGISTERED, role, "incoming number " + c.incomingNumber);
            if (c.packageId != null) {
                outbox.packageMovement(c, PackageMovement.Movement.RECEIVED_BY_PROVIDER, officer.providerId);
            }
        } else if (status == BusinessStatus.REGISTERED || status == BusinessStatus.RETURNED_FOR_REWORK
                || status == BusinessStatus.TERM_EXTENDED) {
            outbox.status(c, BusinessStatus.IN_PROGRESS, role, null);
        }
    }

    /** The case is decided and handed over, or refused, or withdrawn: nothing more happens to it. */
    public void finish(ServiceCase c, String outcome) {
        if (c.outcome == null) {
            c.outcome = outcome;
        }
        c.finishedAt = deadlines.now();
        c.stepDueAt = null;
    }

    /** Records an officer's action on the current step, flagged late when the step is overdue. */
    public void record(ServiceCase c, Plan plan, Officer officer, String action, String comment) {
        boolean late = deadlines.overdue(c.stepDueAt);
        CaseAction a = action(c, plan, c.stepIndex, action, comment);
        a.officerIin = officer == null ? null : officer.iin;
        a.late = late;
        cases.record(a);
        if (late) {
            metrics.counter("egov_mio_steps_late_total", "variant", c.variantCode,
                    "role", a.stepRole == null ? SYSTEM : a.stepRole).increment();
        }
    }

    /** An automatic note (no officer). */
    public void note(ServiceCase c, Plan plan, int stepIndex, String action, String comment) {
        cases.record(action(c, plan, stepIndex, action, comment));
    }

    private CaseAction action(ServiceCase c, Plan plan, int stepIndex, String action, String comment) {
        CaseAction a = new CaseAction();
        a.requestId = c.requestId;
        a.stepIndex = stepIndex;
        plan.step(stepIndex).ifPresent(s -> {
            a.stepNumber = s.number();
            a.stepRole = s.role().name();
        });
        a.action = action;
        a.comment = comment;
        a.at = deadlines.now();
        return a;
    }
}
