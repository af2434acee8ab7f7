package kz.egov.mio.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import kz.egov.contract.reason.ReasonCode;
import kz.egov.contract.reason.RejectedException;
import kz.egov.mio.audit.AuditLog;
import kz.egov.mio.officer.Officer;
import kz.egov.mio.result.ResultSigning;
import kz.egov.mio.workflow.ActionRequest;
import kz.egov.mio.workflow.Cases;
import kz.egov.mio.workflow.Decisions;
import kz.egov.mio.workflow.Plan;
import kz.egov.mio.workflow.ServiceCase;
import kz.egov.mio.workflow.StepActions;

/** One officer action on one case, in one transaction with the messages it sends; audited, refusals too. */
@ApplicationScoped
public class CaseActions {

    private final Cases cases;
    private final StepActions steps;
    private final Decisions decisions;
    private final ResultSigning signing;
    private final AuditLog audit;
    private final CaseViews views;

    CaseActions(Cases cases, StepActions steps, Decisions decisions, ResultSigning signing, AuditLog audit,
            CaseViews views) {
        this.cases = cases;
        this.steps = steps;
        this.decisions = decisions;
        this.signing = signing;
        this.audit = audit;
        this.views = views;
    }

    public CaseViews.CaseView act(Officer officer, String requestId, ActionRequest req) {
        if (req == null || req.action() == null) {
            throw new RejectedException(ReasonCode.VALIDATION_FAILED, "action is required");
        }
        try {
            return perform(officer, requestId, req);
        } catch (RejectedException refused) {
            audit.refused(officer, requestId, "ACTION_" + req.action(), refused.reason().code(), refused.detail());
            throw refused;
        }
    }

    @Transactional
    CaseViews.CaseView perform(Officer officer, String requestId, ActionRequest req) {
        ServiceCase c = cases.lock(requestId, officer.providerId);
        Plan plan = cases.plan(c);
        int step = c.stepIndex;
        switch (req.action()) {
            case COMPLETE_STEP -> steps.complete(c, plan, officer, req);
            case ASSIGN_EXECUTOR -> steps.assignExecutor(c, plan, officer, req);
            case RETURN_FOR_REWORK -> steps.returnForRework(c, plan, officer, req);
            case REFUSE_TO_ACCEPT -> steps.refuseToAccept(c, plan, officer, req);
            case EXTEND_TERM -> steps.extendTerm(c, plan, officer, req);
            case ISSUE -> steps.issue(c, plan, officer, req);
            case PREPARE_RESULT -> decisions.prepareResult(c, plan, officer, req);
            case PREPARE_REFUSAL -> decisions.prepareRefusal(c, plan, officer, req);
            case SIGN -> signing.sign(c, plan, officer, req.signature());
        }
        audit.record(officer, requestId, "ACTION_" + req.action(), AuditLog.OK,
                "step " + plan.step(step).map(s -> s.number()).orElse(-1) + " -> " + c.status);
        return views.view(c, plan);
    }

    /** The exact bytes of the result document for the signing officer (a read of the citizen's data). */
    @Transactional
    public byte[] resultDocument(Officer officer, String requestId) {
        try {
            ServiceCase c = cases.lock(requestId, officer.providerId);
            byte[] doc = signing.document(c, cases.plan(c), officer);
            audit.record(officer, requestId, "READ_RESULT_DOCUMENT", AuditLog.OK, null);
            return doc;
        } catch (RejectedException refused) {
            audit.refused(officer, requestId, "READ_RESULT_DOCUMENT", refused.reason().code(), refused.detail());
            throw refused;
        }
    }
}
