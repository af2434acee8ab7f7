package kz.egov.mio.workflow;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;

import kz.egov.contract.envelope.MessageType;
import kz.egov.contract.message.PackageMovement;
import kz.egov.contract.message.ProviderAcknowledgement;
import kz.egov.contract.message.RegistryCommand;
import kz.egov.contract.message.Rejection;
import kz.egov.contract.message.StatusChange;
import kz.egov.contract.status.BusinessStatus;
import kz.egov.contract.status.StatusMachine;
import kz.egov.contract.topic.Topics;
import kz.egov.mio.deadline.Deadlines;
import kz.egov.platform.config.PlatformConfig;
import kz.egov.platform.messaging.EnvelopeSender;

/**
 * What a case sends through the gateway, sealed as its provider and written to the outbox in the caller's
 * transaction; every message answers the gateway's forwarding of the request (causation). Status changes and package
 * movements carry the workflow's time; a rejection carries the plain clock's.
 */
@ApplicationScoped
public class GatewayOutbox {

    private final EnvelopeSender sender;
    private final Deadlines deadlines;
    private final Clock clock;
    private final String gatewayId;

    GatewayOutbox(EnvelopeSender sender, Deadlines deadlines, Clock clock, PlatformConfig platform) {
        this.sender = sender;
        this.deadlines = deadlines;
        this.clock = clock;
        this.gatewayId = platform.gatewayId();
    }

    /** Moves the case to a business status (as {@link StatusMachine} allows) and tells the origin. */
    public void status(ServiceCase c, BusinessStatus to, String actingRole, String comment) {
        send(c, MessageType.STATUS_CHANGE, transition(c, to, actingRole, comment));
    }

    private StatusChange transition(ServiceCase c, BusinessStatus to, String actingRole, String comment) {
        BusinessStatus from = c.status == null ? null : BusinessStatus.valueOf(c.status);
        c.status = StatusMachine.transition(from, to).name();
        return new StatusChange(c.requestId, to, deadlines.now(), actingRole, comment, c.dueAt, c.incomingNumber);
    }

    /**
     * The acknowledgement of a request just stored under its incoming number, carrying the business status the case
     * moves to in the same step (as {@link StatusMachine} allows): one message tells the origin both "delivered to
     * provider" and, e.g., «поступившие».
     */
    public void acknowledge(ServiceCase c, BusinessStatus to, String actingRole, String comment) {
        StatusChange change = transition(c, to, actingRole, comment);
        send(c, MessageType.PROVIDER_ACKNOWLEDGEMENT,
                new ProviderAcknowledgement(c.requestId, c.providerId, c.incomingNumber, change.changedAt(), change));
    }

    /** A refusal with a reason code, back to the origin of the request. */
    public void reject(String providerId, String serviceCode, String requestId, String causationId, String reasonCode,
            String detail) {
        sender.send(Topics.TO_GATEWAY, providerId, gatewayId, MessageType.REJECTION, serviceCode, requestId,
                causationId, new Rejection(requestId, causationId, reasonCode, detail, providerId, clock.instant()));
    }

    public void packageMovement(ServiceCase c, PackageMovement.Movement movement, String recordedBy) {
        send(c, MessageType.PACKAGE_MOVEMENT, new PackageMovement(c.packageId, c.requestId, movement, deadlines.now(),
                recordedBy, null));
    }

    public void registryCommand(ServiceCase c, RegistryCommand command) {
        send(c, MessageType.REGISTRY_COMMAND, command);
    }

    /** The signed result: the exact bytes the officer signed and their CMS. */
    public void result(ServiceCase c, byte[] document, byte[] signature) {
        sender.sendSigned(Topics.TO_GATEWAY, c.providerId, gatewayId, MessageType.RESULT_DOCUMENT, c.serviceCode,
                c.requestId, c.gatewayMessageId, document, signature);
    }

    private void send(ServiceCase c, MessageType type, Object body) {
        sender.send(Topics.TO_GATEWAY, c.providerId, gatewayId, type, c.serviceCode, c.requestId, c.gatewayMessageId,
                body);
    }
}
