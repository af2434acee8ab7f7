package kz.egov.mio.workflow;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import kz.egov.catalog.model.ResultDocument;
import kz.egov.contract.message.ResultKind;
import kz.egov.catalog.model.Step;
import kz.egov.contract.envelope.EnvelopeCodec;
import kz.egov.contract.message.ServiceRequest;
import kz.egov.contract.reason.ReasonCode;
import kz.egov.contract.reason.RejectedException;
import kz.egov.contract.status.BusinessStatus;
import kz.egov.mio.officer.Officer;
import kz.egov.mio.officer.OfficerRole;
import kz.egov.mio.registry.RegistryCalls;

/**
 * The executor's (or specialist's) decision: a result of one of the variant's kinds — after the step's registry
 * commands have been accepted by АИС «Рынок труда» — or a motivated refusal with its ground.
 */
@ApplicationScoped
public class Decisions {

    public static final String RESULT = "RESULT";
    public static final String REFUSAL = "REFUSAL";

    private final Workflow workflow;
    private final RegistryCalls registry;
    private final GatewayOutbox outbox;

    Decisions(Workflow workflow, RegistryCalls registry, GatewayOutbox outbox) {
        this.workflow = workflow;
        this.registry = registry;
        this.outbox = outbox;
    }

    public void prepareResult(ServiceCase c, Plan plan, Officer o, ActionRequest req) {
        Step step = deciding(c, plan, o);
        String code = resultCode(c, plan, req.resultCode());
        c.clearDraft();
        c.documentVersion++;
        c.draftResultCode = code;
        c.draftDetails = req.details() == null || req.details().isEmpty() ? null : req.details().toString();
        List<kz.egov.catalog.model.RegistryCommand> pending = registry.pending(c, step);
        if (pending.isEmpty()) {
            c.draftKind = RESULT;
            workflow.record(c, plan, o, Action.PREPARE_RESULT.name(), code);
            return;
        }
        boolean referral = pending.contains(kz.egov.catalog.model.RegistryCommand.REFER_TO_MEASURE);
        if (referral && (req.details() == null || !req.details().hasNonNull("employer"))) {
            throw new RejectedException(ReasonCode.VALIDATION_FAILED,
                    "a referral names the employer: details.employer (and vacancy, period, validUntil as the kind needs)");
        }
        c.awaitingRegistry = true;
        registry.send(c, pending.get(0), o.iin);
        workflow.record(c, plan, o, Action.PREPARE_RESULT.name(), code + "; registry commands " + pending);
    }

    public void prepareRefusal(ServiceCase c, Plan plan, Officer o, ActionRequest req) {
        Guard.motivatedRefusalProvided(plan);
        deciding(c, plan, o);
        String ground = Guard.requireComment(req.ground() != null ? req.ground() : req.comment(), "a motivated refusal");
        c.clearDraft();
        c.documentVersion++;
        c.draftKind = REFUSAL;
        c.draftReasonCode = req.reasonCode() == null ? ReasonCode.REQ_MOTIVATED_REFUSAL.code() : req.reasonCode();
        c.draftGround = ground;
        workflow.record(c, plan, o, Action.PREPARE_REFUSAL.name(), c.draftReasonCode + ": " + ground);
    }

    private Step deciding(ServiceCase c, Plan plan, Officer o) {
        OfficerRole role = Guard.stepRole(c, plan, o);
        Guard.notAwaitingRegistry(c);
        Step step = plan.steps().get(c.stepIndex);
        Guard.conflict(!Plan.preparer(step.role()), "a " + step.role() + " does not prepare the result");
        Guard.conflict(c.stepIndex > plan.signingIndex(), "the result is already signed");
        // a registration step that is also a deciding one (e.g. V11 at the State Corporation: the specialist registers
        // and checks the labour activity) may decide before completing it; otherwise the office registers first
        boolean decidesAtRegistration = c.stepIndex == plan.registrationIndex() && Plan.preparer(step.role());
        Guard.conflict(BusinessStatus.RECEIVED.name().equals(c.status) && !decidesAtRegistration,
                "register the request first");
        if (BusinessStatus.REGISTERED.name().equals(c.status)) {
            // the deciding officer takes up a registered request (no head's step in between): «в работе»
            outbox.status(c, BusinessStatus.IN_PROGRESS, role.name(), null);
        }
        return step;
    }

    /** The result document asked for, else the one the request's form names, else the variant's first result. */
    static String resultCode(ServiceCase c, Plan plan, String requested) {
        List<ResultDocument> results = plan.variant().resultDocuments().stream()
                .filter(d -> d.kind() != ResultKind.MOTIVATED_REFUSAL).toList();
        if (results.isEmpty()) {
            throw new RejectedException(ReasonCode.CONFLICT, plan.variant().code() + " names no result document");
        }
        String wanted = requested;
        if (wanted == null) {
            ServiceRequest request = EnvelopeCodec.decode(c.requestDocument, ServiceRequest.class);
            wanted = request.form() != null && request.form().hasNonNull("resultCode")
                    ? request.form().get("resultCode").asText() : null;
        }
        if (wanted == null) {
            return results.get(0).code();
        }
        String w = wanted;
        return results.stream().map(ResultDocument::code).filter(w::equals).findFirst().orElseThrow(() ->
                new RejectedException(ReasonCode.VALIDATION_FAILED, "no result document " + w + " in "
                        + plan.variant().code()));
    }
}
