package kz.egov.mio.workflow;


import jakarta.enterprise.context.ApplicationScoped;

import kz.egov.catalog.model.RefusalToAccept;
import kz.egov.contract.reason.ReasonCode;
import kz.egov.contract.reason.RejectedException;
import kz.egov.contract.status.BusinessStatus;
import kz.egov.mio.deadline.Deadlines;
import kz.egov.mio.officer.Officer;
import kz.egov.mio.officer.OfficerRole;
import kz.egov.mio.officer.Officers;
import kz.egov.mio.registry.RegistryCalls;

/** Moving a case along its steps: complete, name or change the executor, return for rework, issue, refuse, extend. */
@ApplicationScoped
public class StepActions {

    private final Workflow workflow;
    private final GatewayOutbox outbox;
    private final RegistryCalls registry;
    private final Officers officers;
    private final Deadlines deadlines;

    StepActions(Workflow workflow, GatewayOutbox outbox, RegistryCalls registry, Officers officers,
            Deadlines deadlines) {
        this.workflow = workflow;
        this.outbox = outbox;
        this.registry = registry;
        this.officers = officers;
        this.deadlines = deadlines;
    }

    public void complete(ServiceCase c, Plan plan, Officer o, ActionRequest req) {
        OfficerRole role = Guard.stepRole(c, plan, o);
        Guard.notAwaitingRegistry(c);
        int step = c.stepIndex;
        int signing = plan.signingIndex();
        if (step > signing) {
            issue(c, plan, o, req);
            return;
        }
        Guard.conflict(step == signing, "this step signs: GET the result document and SIGN it");
        int next = plan.nextHuman(step);
        Guard.conflict(role == OfficerRole.HEAD && plan.role(next).orElse(null) == OfficerRole.EXECUTOR
                && c.assignedExecutor == null, "name the executor (ASSIGN_EXECUTOR)");
        Guard.conflict(!"REFUSAL".equals(c.draftKind) && !registry.pending(c, plan.steps().get(step)).isEmpty(),
                "run the step's registry commands first (PREPARE_RESULT) or prepare a refusal");
        Guard.conflict(next == signing && c.draftKind == null && !Plan.preparer(plan.steps().get(signing).role()),
                "prepare the result or a motivated refusal first");
        workflow.completeStep(c, plan, o, Action.COMPLETE_STEP.name(), req.comment());
    }

    /** The head names the executor (completing the head's step), or changes the executor later. */
    public void assignExecutor(ServiceCase c, Plan plan, Officer o, ActionRequest req) {
        Guard.open(c);
        Guard.require(o, OfficerRole.HEAD);
        if (req.executorIin() == null) {
            throw new RejectedException(ReasonCode.VALIDATION_FAILED, "executorIin is required");
        }
        Officer executor = officers.requireInProvider(req.executorIin(), c.providerId, OfficerRole.EXECUTOR);
        int step = c.stepIndex;
        String comment = "executor " + executor.fullName() + (req.comment() == null ? "" : ": " + req.comment());
        if (plan.role(step).orElse(null) == OfficerRole.HEAD
                && plan.role(plan.nextHuman(step)).orElse(null) == OfficerRole.EXECUTOR) {
            c.assignedExecutor = executor.iin;
            workflow.completeStep(c, plan, o, Action.ASSIGN_EXECUTOR.name(), comment);
            return;
        }
        Guard.conflict(step <= plan.registrationIndex() || step > plan.signingIndex(), "no executor to change now");
        c.assignedExecutor = executor.iin;
        workflow.record(c, plan, o, "REASSIGN_EXECUTOR", comment);
    }

    /** The head sends the draft back to the step that prepared it. */
    public void returnForRework(ServiceCase c, Plan plan, Officer o, ActionRequest req) {
        OfficerRole role = Guard.stepRole(c, plan, o);
        Guard.notAwaitingRegistry(c);
        Guard.conflict(role != OfficerRole.HEAD, "only the head returns a draft for rework");
        String comment = Guard.requireComment(req.comment(), "a return for rework");
        int target = plan.previousPreparer(c.stepIndex);
        Guard.conflict(target < 0, "no earlier step prepares the draft");
        workflow.record(c, plan, o, Action.RETURN_FOR_REWORK.name(), comment);
        outbox.status(c, BusinessStatus.RETURNED_FOR_REWORK, role.name(), comment);
        c.clearDraft();
        c.documentVersion++;
        workflow.moveTo(c, plan, target);
    }

    /** Hands the signed result over (on paper or to the personal cabinet): «выдано», the case is closed. */
    public void issue(ServiceCase c, Plan plan, Officer o, ActionRequest req) {
        OfficerRole role = Guard.stepRole(c, plan, o);
        Guard.conflict(c.signedAt == null || c.stepIndex <= plan.signingIndex(), "nothing signed to issue yet");
        if (plan.issuedByStateCorporation(c.stepIndex)) {
            // the officer passes the signed result to the State Corporation, whose operator issues it: «выдано»
            // comes from the branch (the case closes then)
            workflow.record(c, plan, o, "PASSED_TO_STATE_CORPORATION", req.comment());
            workflow.moveTo(c, plan, plan.nextHuman(c.stepIndex));
            return;
        }
        workflow.record(c, plan, o, Action.ISSUE.name(), req.comment());
        outbox.status(c, BusinessStatus.ISSUED, role.name(), req.comment());
        workflow.finish(c, c.outcome);
    }

    /** Refusal to accept (incomplete package, expired documents): at registration only, back to the origin. */
    public void refuseToAccept(ServiceCase c, Plan plan, Officer o, ActionRequest req) {
        RefusalToAccept refusal = Guard.refusalToAcceptProvided(plan);
        OfficerRole role = Guard.stepRole(c, plan, o);
        Guard.conflict(c.stepIndex != plan.registrationIndex(), "a refusal to accept happens at registration");
        String reason = req.reasonCode() == null ? ReasonCode.PKG_DOCUMENTS_MISSING.code() : req.reasonCode();
        // only a ground the variant's text gives (an incomplete package, and expired documents where it says so)
        if (refusal.reasons().stream().map(ReasonCode::code).noneMatch(reason::equals)) {
            throw new RejectedException(ReasonCode.VALIDATION_FAILED, "the grounds of " + plan.variant().code()
                    + "'s refusal to accept are " + refusal.reasons() + " (" + refusal.lines() + ")");
        }
        String comment = Guard.requireComment(req.comment(), "a refusal to accept");
        workflow.record(c, plan, o, Action.REFUSE_TO_ACCEPT.name(), reason + ": " + comment);
        outbox.status(c, BusinessStatus.REFUSAL_TO_ACCEPT, role.name(), comment);
        outbox.reject(c.providerId, c.serviceCode, c.requestId, c.gatewayMessageId, reason, comment);
        workflow.finish(c, BusinessStatus.REFUSAL_TO_ACCEPT.name());
    }

    /** The term is extended with a reason; the citizen is told the new due time. */
    public void extendTerm(ServiceCase c, Plan plan, Officer o, ActionRequest req) {
        Guard.open(c);
        OfficerRole stepRole = plan.role(c.stepIndex).orElse(null);
        boolean allowed = o.has(OfficerRole.HEAD) || stepRole != null && o.has(stepRole);
        if (!allowed) {
            throw new RejectedException(ReasonCode.REQ_WRONG_ROLE, "the head or the step's officer extends the term");
        }
        String comment = Guard.requireComment(req.comment(), "a term extension");
        int days = req.workingDays() == null ? 1 : req.workingDays();
        if (days < 1 || days > 30) {
            throw new RejectedException(ReasonCode.VALIDATION_FAILED, "workingDays must be 1..30");
        }
        c.dueAt = deadlines.extend(c.dueAt, days);
        workflow.record(c, plan, o, Action.EXTEND_TERM.name(), comment + " (+" + days + " working days)");
        outbox.status(c, BusinessStatus.TERM_EXTENDED, o.has(OfficerRole.HEAD) ? OfficerRole.HEAD.name()
                : String.valueOf(stepRole), comment);
    }
}
