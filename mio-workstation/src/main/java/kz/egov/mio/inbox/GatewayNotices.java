package kz.egov.mio.inbox;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

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
 * refused something the provider sent, a State Corporation package moved. Each is noted on the case.
 */
@ApplicationScoped
public class GatewayNotices implements EnvelopeHandler {

    @Inject
    GatewayEnvelopes gateway;

    @Inject
    Cases cases;

    @Inject
    Workflow workflow;

    @Inject
    GatewayOutbox outbox;

    @Override
    public Set<MessageType> types() {
        return Set.of(MessageType.STATUS_CHANGE, MessageType.REJECTION, MessageType.PACKAGE_MOVEMENT);
    }

    @Override
    public void handle(Envelope envelope, InboundMessage raw) {
        Envelope original = gateway.receive(envelope).original();
        ServiceCase c = cases.lock(original.correlationId(), envelope.recipient());
        switch (envelope.type()) {
            case STATUS_CHANGE -> withdraw(c, envelope, BodyValidator.parse(envelope.type(), original.body(), StatusChange.class));
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

    private void withdraw(ServiceCase c, Envelope envelope, StatusChange change) {
        if (change.status() != BusinessStatus.WITHDRAWN) {
            throw new RejectedException(ReasonCode.MSG_NOT_PERMITTED, "an origin may only withdraw its request");
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
}
