package kz.egov.mio.registry;

import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import kz.egov.contract.envelope.Envelope;
import kz.egov.contract.envelope.MessageType;
import kz.egov.contract.message.RegistryEvent;
import kz.egov.contract.reason.ReasonCode;
import kz.egov.contract.reason.RejectedException;
import kz.egov.contract.schema.BodyValidator;
import kz.egov.mio.deadline.Deadlines;
import kz.egov.mio.workflow.Cases;
import kz.egov.mio.workflow.Plan;
import kz.egov.mio.workflow.ServiceCase;
import kz.egov.mio.workflow.Workflow;
import kz.egov.platform.messaging.EnvelopeHandler;
import kz.egov.platform.messaging.GatewayEnvelopes;
import kz.egov.platform.messaging.InboundMessage;
import kz.egov.reference.Participants;

/**
 * АИС «Рынок труда»'s answer, forwarded by the gateway: accepted → the next command of the step, or the result can be
 * prepared (with the record card); refused → a motivated refusal on the registry's ground, shown to the executor.
 */
@ApplicationScoped
public class RegistryEventHandler implements EnvelopeHandler {

    private static final Set<String> REGISTRIES = Set.copyOf(Participants.ofKind("REGISTRY").stream()
            .map(Participants.Seed::id).toList());

    private final GatewayEnvelopes gateway;
    private final RegistryCalls calls;
    private final Cases cases;
    private final Workflow workflow;
    private final Deadlines deadlines;

    RegistryEventHandler(GatewayEnvelopes gateway, RegistryCalls calls, Cases cases, Workflow workflow,
            Deadlines deadlines) {
        this.gateway = gateway;
        this.calls = calls;
        this.cases = cases;
        this.workflow = workflow;
        this.deadlines = deadlines;
    }

    @Override
    public Set<MessageType> types() {
        return Set.of(MessageType.REGISTRY_EVENT);
    }

    @Override
    public void handle(Envelope envelope, InboundMessage raw) {
        Envelope original = gateway.receive(envelope).original();
        if (!REGISTRIES.contains(original.sender())) {
            throw new RejectedException(ReasonCode.MSG_NOT_PERMITTED, original.sender() + " is not the registry");
        }
        RegistryEvent event = BodyValidator.parse(MessageType.REGISTRY_EVENT, original.body(), RegistryEvent.class);
        RegistryCall call = calls.find(event.commandId())
                .orElseThrow(() -> new RejectedException(ReasonCode.NOT_FOUND, "no command " + event.commandId()));
        ServiceCase c = cases.lock(call.requestId, envelope.recipient());
        if (!RegistryCall.PENDING.equals(call.state)) {
            return;
        }
        call.state = event.accepted() ? RegistryCall.ACCEPTED : RegistryCall.REFUSED;
        call.reasonCode = event.reasonCode();
        call.card = event.card() == null ? null : event.card().toString();
        call.answeredAt = deadlines.now();
        if (c.finished()) {
            return;
        }
        Plan plan = cases.plan(c);
        if (!event.accepted()) {
            refused(c, plan, event.reasonCode());
            return;
        }
        if (call.card != null) {
            c.registryCard = call.card;
        }
        List<kz.egov.catalog.model.RegistryCommand> next = plan.step(call.stepIndex)
                .map(s -> calls.pending(c, s)).orElse(List.of());
        workflow.note(c, plan, call.stepIndex, "REGISTRY_ACCEPTED", call.command);
        if (!next.isEmpty()) {
            calls.send(c, next.get(0), call.actingOfficer);
            return;
        }
        c.awaitingRegistry = false;
        c.draftKind = "RESULT";
    }

    private void refused(ServiceCase c, Plan plan, String reasonCode) {
        String code = reasonCode == null ? ReasonCode.REQ_MOTIVATED_REFUSAL.code() : reasonCode;
        c.awaitingRegistry = false;
        c.draftKind = "REFUSAL";
        c.draftReasonCode = code;
        c.draftGround = ground(code, c.language);
        workflow.note(c, plan, c.stepIndex, "REGISTRY_REFUSED", code);
    }

    static String ground(String code, String language) {
        try {
            return ReasonCode.valueOf(code).text(language);
        } catch (IllegalArgumentException unknown) {
            return code;
        }
    }
}
