package kz.egov.mio.rest;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.JsonNode;
import kz.egov.catalog.model.Step;
import kz.egov.contract.envelope.EnvelopeCodec;
import kz.egov.contract.message.PersonRecord;
import kz.egov.contract.message.ServiceRequest;
import kz.egov.contract.seal.SignatureCheck;
import kz.egov.eds.identity.IinMask;
import kz.egov.mio.deadline.Deadlines;
import kz.egov.mio.inbox.GatewayEnrichment;
import kz.egov.mio.registry.RegistryCall;
import kz.egov.mio.registry.RegistryCalls;
import kz.egov.mio.workflow.CaseAction;
import kz.egov.mio.workflow.Cases;
import kz.egov.mio.workflow.Plan;
import kz.egov.mio.workflow.ServiceCase;

/** What the API shows of cases: a queue line (no personal data beyond a masked IIN) and the full case (audited). */
@ApplicationScoped
public class CaseViews {

    /** A line of the queue. */
    public record QueueItem(String requestId, String incomingNumber, Instant receivedAt, String serviceCode,
            String variantCode, String channel, String status, Integer stepNumber, String stepRole, String stepAction,
            Instant stepDueAt, Instant dueAt, boolean stepOverdue, boolean overdue, String applicant,
            boolean assignedToMe, boolean awaitingRegistry) {

        public boolean anyOverdue() {
            return stepOverdue || overdue;
        }
    }

    /** A step of the case's plan with what happens there. */
    public record StepView(int index, int number, String role, String actor, String action, String maxDuration,
            boolean signsResult, List<String> registryCommands, boolean performedHere) {
    }

    public record Draft(String kind, String resultCode, String reasonCode, String ground) {
    }

    public record ActionView(String action, Integer stepNumber, String stepRole, String officerIin, String comment,
            boolean late, Instant at) {
    }

    public record RegistryView(String commandId, String command, String state, String reasonCode, JsonNode card,
            Instant sentAt, Instant answeredAt) {
    }

    /** A file of the request: what the request lists; the officer downloads it through the gateway. */
    public record AttachmentView(String code, String fileName, String mediaType, long size, String sha256,
            String download) {
    }

    /** The full case; {@code signatureCheck} is the gateway's check of the person's EDS as it handed it on. */
    public record CaseView(QueueItem summary, String origin, String assignedExecutor, String outcome,
            Instant finishedAt, Instant signedAt, String language, ServiceRequest request, PersonRecord person,
            SignatureCheck signatureCheck, List<AttachmentView> attachments, Draft draft, List<StepView> steps,
            List<ActionView> actions, List<RegistryView> registry, Refusals refusals) {
    }

    /**
     * The refusals the regulations provide for this case (the catalog's variant): a refusal to accept of a request
     * by the case's channel, a motivated refusal of the service.
     */
    public record Refusals(boolean toAccept, boolean motivated) {
    }

    private final Deadlines deadlines;
    private final Cases cases;
    private final RegistryCalls registry;

    CaseViews(Deadlines deadlines, Cases cases, RegistryCalls registry) {
        this.deadlines = deadlines;
        this.cases = cases;
        this.registry = registry;
    }

    public QueueItem item(ServiceCase c, Plan plan, String officerIin) {
        Step step = plan.step(c.stepIndex).orElse(null);
        boolean open = !c.finished();
        return new QueueItem(c.requestId, c.incomingNumber, c.receivedAt, c.serviceCode, c.variantCode, c.channel,
                c.status, step == null ? null : step.number(), step == null ? null : step.role().name(),
                step == null ? null : step.action(), c.stepDueAt, c.dueAt, open && deadlines.overdue(c.stepDueAt),
                open && deadlines.overdue(c.dueAt), IinMask.mask(c.applicantIin),
                officerIin != null && officerIin.equals(c.assignedExecutor), c.awaitingRegistry);
    }

    public CaseView view(ServiceCase c, Plan plan) {
        ServiceRequest request = EnvelopeCodec.decode(c.requestDocument, ServiceRequest.class);
        GatewayEnrichment enrichment = GatewayEnrichment.read(c.enrichment);
        List<StepView> steps = java.util.stream.IntStream.range(0, plan.size()).mapToObj(i -> {
            Step s = plan.steps().get(i);
            return new StepView(i, s.number(), s.role().name(), s.actor(), s.action(),
                    s.maxDuration() == null ? null : s.maxDuration().shortForm(), s.signsResult(),
                    s.registryCommands().stream().map(Enum::name).toList(), plan.performedHere(s));
        }).toList();
        List<ActionView> actions = cases.actions(c.requestId).stream().map(CaseViews::action).toList();
        List<RegistryView> calls = registry.of(c.requestId).stream().map(CaseViews::call).toList();
        Draft draft = c.draftKind == null && c.draftResultCode == null ? null
                : new Draft(c.draftKind, c.draftResultCode, c.draftReasonCode, c.draftGround);
        List<AttachmentView> files = request.attachments().stream().map(a -> new AttachmentView(a.documentCode(),
                a.fileName(), a.mediaType(), a.size(), a.sha256(),
                "/api/cases/" + c.requestId + "/attachments/" + a.sha256())).toList();
        return new CaseView(item(c, plan, null), c.origin, c.assignedExecutor, c.outcome, c.finishedAt, c.signedAt,
                c.language, request, enrichment == null ? null : enrichment.person(),
                enrichment == null ? null : enrichment.signatureCheck(), files, draft, steps, actions, calls,
                new Refusals(plan.variant().refusesToAcceptOn(plan.channel()), plan.variant().refusesWithMotivation()));
    }

    private static ActionView action(CaseAction a) {
        return new ActionView(a.action, a.stepNumber, a.stepRole, a.officerIin, a.comment, a.late, a.at);
    }

    private static RegistryView call(RegistryCall k) {
        JsonNode card = null;
        try {
            card = k.card == null ? null : EnvelopeCodec.json().readTree(k.card);
        } catch (java.io.IOException ignored) {
            // shown without the card
        }
        return new RegistryView(k.commandId, k.command, k.state, k.reasonCode, card, k.sentAt, k.answeredAt);
    }
}
