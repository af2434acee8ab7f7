package kz.egov.mio.inbox;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import kz.egov.contract.envelope.Envelope;
import kz.egov.contract.envelope.MessageType;
import kz.egov.contract.message.PackageMovement;
import kz.egov.contract.message.Rejection;
import kz.egov.contract.message.StatusChange;
import kz.egov.contract.reason.ReasonCode;
import kz.egov.contract.reason.RejectedException;
import kz.egov.contract.schema.BodyValidator;
import kz.egov.contract.status.BusinessStatus;
import kz.egov.contract.status.StatusMachine;
import kz.egov.mio.workflow.Cases;
import kz.egov.mio.workflow.GatewayOutbox;
import kz.egov.mio.workflow.ServiceCase;
import kz.egov.mio.workflow.Workflow;
import kz.egov.platform.messaging.EnvelopeHandler;
import kz.egov.platform.messaging.GatewayEnvelopes;
import kz.egov.platform.messaging.InboundMessage;

/**
 * Other news about a case from the gateway: the origin withdraws the request (only before registration), the gateway
 * refused something the provider sent, a State Corporation package moved. Each is noted on the case. News about a
 * request this office took for another body (it is the origin there) goes to {@link ForOtherBodies}.
 */
@ApplicationScoped
public class GatewayNotices implements EnvelopeHandler {

    private final GatewayEnvelopes gateway;
    private final Cases cases;
    private final Workflow workflow;
    private final GatewayOutbox outbox;
    private final ForOtherBodies forOtherBodies;

    GatewayNotices(GatewayEnvelopes gateway, Cases cases, Workflow workflow, GatewayOutbox outbox,
            ForOtherBodies forOtherBodies) {
        this.gateway = gateway;
        this.cases = cases;
        this.workflow = workflow;
        this.outbox = outbox;
        this.forOtherBodies = forOtherBodies;
    }

    @Override
    public Set<MessageType> types() {
        return Set.of(MessageType.STATUS_CHANGE, MessageType.REJECTION, MessageType.PACKAGE_MOVEMENT);
    }

    @Override
    public void handle(Envelope envelope, InboundMessage raw) {
        Envelope original = gateway.receive(envelope).original();
        if (envelope.type() != MessageType.PACKAGE_MOVEMENT) {
            var taken = forOtherBodies.taken(original.correlationId(), envelope.recipient());
            if (taken.isPresent()) {
                // this office is the origin of a request it took for another body (V12): the provider's news
                forOtherBodies.status(taken.get(), envelope, original);
                return;
            }
        }
        ServiceCase c = cases.lock(original.correlationId(), envelope.recipient());
        switch (envelope.type()) {
            case STATUS_CHANGE -> fromOrigin(c, envelope, original,
                    BodyValidator.parse(envelope.type(), original.body(), StatusChange.class));
            case REJECTION -> {
                Rejection r = BodyValidator.parse(envelope.type(), original.body(), Rejection.class);
                workflow.note(c, cases.plan(c), c.stepIndex, "GATEWAY_REJECTED", r.reasonCode() + ": " + r.detail());
            }
            default -> {
                PackageMovement m = BodyValidator.parse(envelope.type(), original.body(), PackageMovement.class);
                workflow.note(c, cases.plan(c), c.stepIndex, "PACKAGE_" + m.movement().name(), m.packageId());
            }
        }
    }

    /** The origin withdraws the request, or (a State Corporation branch) reports it handed the result over. */
    private void fromOrigin(ServiceCase c, Envelope envelope, Envelope original, StatusChange change) {
        if (!original.sender().equals(c.origin)) {
            throw new RejectedException(ReasonCode.MSG_NOT_PERMITTED, original.sender() + " is not the origin");
        }
        if (change.status() == BusinessStatus.ISSUED) {
            handedOver(c, change);
            return;
        }
        if (change.status() != BusinessStatus.WITHDRAWN) {
            throw new RejectedException(ReasonCode.MSG_NOT_PERMITTED, "an origin may only withdraw or report hand-over");
        }
        if (c.finished() || !StatusMachine.allowed(BusinessStatus.valueOf(c.status), BusinessStatus.WITHDRAWN)) {
            outbox.reject(c.providerId, c.serviceCode, c.requestId, envelope.messageId(),
                    ReasonCode.REQ_NOT_WITHDRAWABLE.code(), "the request is already registered");
            return;
        }
        c.status = BusinessStatus.WITHDRAWN.name();
        workflow.note(c, cases.plan(c), c.stepIndex, "WITHDRAWN", change.comment());
        workflow.finish(c, BusinessStatus.WITHDRAWN.name());
    }

    private void handedOver(ServiceCase c, StatusChange change) {
        if (c.finished() || c.signedAt == null) {
            workflow.note(c, cases.plan(c), c.stepIndex, "ORIGIN_ISSUED_IGNORED", "no signed result to hand over");
            return;
        }
        c.status = BusinessStatus.ISSUED.name();
        workflow.note(c, cases.plan(c), c.stepIndex, "ISSUED_BY_ORIGIN", change.comment());
        workflow.finish(c, c.outcome);
    }
}
