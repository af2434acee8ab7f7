package kz.egov.portal.cabinet;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import kz.egov.contract.envelope.Envelope;
import kz.egov.contract.envelope.MessageType;
import kz.egov.contract.message.ProviderAcknowledgement;
import kz.egov.contract.message.Rejection;
import kz.egov.contract.message.StatusChange;
import kz.egov.contract.message.TechnicalReceipt;
import kz.egov.contract.reason.ReasonCode;
import kz.egov.contract.reason.RejectedException;
import kz.egov.contract.schema.BodyValidator;
import kz.egov.contract.status.BusinessStatus;
import kz.egov.contract.status.StatusMachine;
import kz.egov.contract.status.TechnicalStatus;
import kz.egov.platform.messaging.EnvelopeHandler;
import kz.egov.platform.messaging.GatewayEnvelopes;
import kz.egov.platform.messaging.InboundMessage;
import kz.egov.portal.catalog.PortalCatalog;
import kz.egov.portal.config.PortalConfig;
import kz.egov.portal.request.PortalRequest;
import kz.egov.portal.request.PortalRequests;
import kz.egov.reference.Participants;
import org.jboss.logging.Logger;

/**
 * Everything that comes back to the personal cabinet, all of it from the gateway: technical receipts and rejections
 * of ШЭП, and — forwarded — the provider's acknowledgement ("delivered to provider", with «поступившие»), its status changes and the result signed with the officer's EDS
 * ({@link ResultIntake}). Each becomes a timeline entry and a notification; business statuses follow
 * {@link StatusMachine} (an out-of-order change is kept as evidence and changes nothing).
 */
@ApplicationScoped
public class BackTrafficHandler implements EnvelopeHandler {

    private static final Logger LOG = Logger.getLogger(BackTrafficHandler.class);

    private final GatewayEnvelopes gateway;
    private final PortalRequests requests;
    private final Timeline timeline;
    private final Notifications notifications;
    private final PortalCatalog catalog;
    private final ResultIntake results;
    private final String portalId;

    BackTrafficHandler(GatewayEnvelopes gateway, PortalRequests requests, Timeline timeline,
            Notifications notifications, PortalCatalog catalog, ResultIntake results, PortalConfig config) {
        this.gateway = gateway;
        this.requests = requests;
        this.timeline = timeline;
        this.notifications = notifications;
        this.catalog = catalog;
        this.results = results;
        this.portalId = config.participantId();
    }

    @Override
    public Set<MessageType> types() {
        return Set.of(MessageType.TECHNICAL_RECEIPT, MessageType.PROVIDER_ACKNOWLEDGEMENT, MessageType.REJECTION,
                MessageType.STATUS_CHANGE, MessageType.RESULT_DOCUMENT);
    }

    /** The batch's requests, locked in one statement and held until {@link #end} (one read per batch, not per message). */
    @Override
    public void begin(List<Envelope> batch) {
        requests.hold(batch.stream().map(Envelope::correlationId).toList());
    }

    @Override
    public void end() {
        requests.flush();
    }

    @Override
    public void handle(Envelope e, InboundMessage raw) {
        GatewayEnvelopes.Received received = gateway.receive(e);
        if (!portalId.equals(e.recipient())) {
            throw new RejectedException(ReasonCode.MSG_NOT_PERMITTED, "addressed to " + e.recipient() + ", not the portal");
        }
        PortalRequest r = requests.lock(e.correlationId()).orElseThrow(() ->
                new RejectedException(ReasonCode.NOT_FOUND, "no portal request " + e.correlationId()));
        Envelope original = received.original();
        switch (e.type()) {
            case TECHNICAL_RECEIPT -> receipt(r, original);
            case PROVIDER_ACKNOWLEDGEMENT -> acknowledgement(r, requireProvider(r, received));
            case REJECTION -> rejection(r, original);
            case STATUS_CHANGE -> statusChange(r, requireProvider(r, received));
            case RESULT_DOCUMENT -> results.take(r, requireProvider(r, received), received);
            default -> throw new RejectedException(ReasonCode.MSG_NOT_PERMITTED, "not taken: " + e.type());
        }
    }

    private void receipt(PortalRequest r, Envelope original) {
        TechnicalReceipt receipt = BodyValidator.parse(original.type(), original.body(), TechnicalReceipt.class);
        requireSameRequest(r, receipt.requestId());
        TechnicalStatus from = r.technicalStatus() == null ? null : TechnicalStatus.valueOf(r.technicalStatus());
        boolean applied = StatusMachine.allowed(from, receipt.status());
        if (applied) {
            Instant due = receipt.status() == TechnicalStatus.ACCEPTED_BY_GATEWAY && receipt.variantCode() != null
                    ? catalog.variant(receipt.variantCode()).flatMap(v -> catalog.dueAt(v, receipt.at())).orElse(null)
                    : null;
            requests.technical(r.requestId(), receipt.status().name(), receipt.providerId(), receipt.variantCode(), due);
            notifications.add(r.iin(), r.requestId(), Stream.TECHNICAL, receipt.status().name());
        }
        timeline.append(r.requestId(), Stream.TECHNICAL, receipt.status().name(), "GATEWAY", receipt.at(),
                receipt.providerId() == null ? null : "provider " + receipt.providerId()
                        + (receipt.variantCode() == null ? "" : ", variant " + receipt.variantCode()),
                original.messageId(), applied);
    }

    /**
     * The provider's acknowledgement, forwarded by the gateway: "delivered to provider" and, when it carries one, the
     * business status the provider gave the request in the same step («поступившие») — one state update.
     */
    private void acknowledgement(PortalRequest r, Envelope original) {
        ProviderAcknowledgement ack = BodyValidator.parse(original.type(), original.body(), ProviderAcknowledgement.class);
        requireSameRequest(r, ack.requestId());
        TechnicalStatus fromTechnical = r.technicalStatus() == null ? null : TechnicalStatus.valueOf(r.technicalStatus());
        boolean delivered = StatusMachine.allowed(fromTechnical, TechnicalStatus.DELIVERED_TO_PROVIDER);
        StatusChange change = ack.status();
        if (change != null) {
            requireSameRequest(r, change.requestId());
        }
        BusinessStatus fromBusiness = r.businessStatus() == null ? null : BusinessStatus.valueOf(r.businessStatus());
        boolean changed = change != null && StatusMachine.allowed(fromBusiness, change.status());
        if (delivered || changed) {
            requests.update(r.requestId(), delivered ? TechnicalStatus.DELIVERED_TO_PROVIDER.name() : null,
                    changed ? change.status().name() : null, changed ? change.dueAt() : null);
        }
        if (delivered) {
            notifications.add(r.iin(), r.requestId(), Stream.TECHNICAL, TechnicalStatus.DELIVERED_TO_PROVIDER.name());
        }
        timeline.append(r.requestId(), Stream.TECHNICAL, TechnicalStatus.DELIVERED_TO_PROVIDER.name(), "GATEWAY",
                ack.acknowledgedAt(), "provider " + ack.providerId() + ", № " + ack.incomingNumber(),
                original.messageId(), delivered);
        if (change != null) {
            businessEvent(r, change, original.messageId(), changed);
        }
    }

    private void rejection(PortalRequest r, Envelope original) {
        Rejection rejection = BodyValidator.parse(original.type(), original.body(), Rejection.class);
        requireSameRequest(r, rejection.requestId());
        boolean ofTheRequest = rejection.rejectedMessageId().equals(r.messageId());
        TechnicalStatus from = r.technicalStatus() == null ? null : TechnicalStatus.valueOf(r.technicalStatus());
        boolean applied = ofTheRequest && StatusMachine.allowed(from, TechnicalStatus.REJECTED_BY_GATEWAY);
        if (applied) {
            requests.technical(r.requestId(), TechnicalStatus.REJECTED_BY_GATEWAY.name(), rejection.reasonCode());
        }
        String role = "gateway".equals(rejection.rejectedBy()) ? "GATEWAY" : "PROVIDER";
        timeline.append(r.requestId(), Stream.TECHNICAL, rejection.reasonCode(), role, rejection.rejectedAt(),
                rejection.detail(), original.messageId(), applied);
        notifications.add(r.iin(), r.requestId(), Stream.TECHNICAL, rejection.reasonCode());
        LOG.infof("request %s refused by %s: %s", r.requestId(), rejection.rejectedBy(), rejection.reasonCode());
    }

    private void statusChange(PortalRequest r, Envelope original) {
        StatusChange change = BodyValidator.parse(original.type(), original.body(), StatusChange.class);
        requireSameRequest(r, change.requestId());
        BusinessStatus from = r.businessStatus() == null ? null : BusinessStatus.valueOf(r.businessStatus());
        boolean applied = StatusMachine.allowed(from, change.status());
        if (applied) {
            requests.business(r.requestId(), change.status().name(), change.dueAt());
        }
        businessEvent(r, change, original.messageId(), applied);
    }

    /** A provider's business status in the cabinet: its notification (if it applied) and its timeline entry. */
    private void businessEvent(PortalRequest r, StatusChange change, String messageId, boolean applied) {
        if (applied) {
            notifications.add(r.iin(), r.requestId(), Stream.BUSINESS, change.status().name());
        } else {
            LOG.warnf("request %s: %s after %s kept as evidence, status unchanged", r.requestId(), change.status(),
                    r.businessStatus());
        }
        String detail = join(change.comment(), change.incomingNumber() == null ? null : "№ " + change.incomingNumber());
        timeline.append(r.requestId(), Stream.BUSINESS, change.status().name(), change.actingRole(), change.changedAt(),
                detail, messageId, applied);
    }

    /** A provider's message: forwarded by the gateway from the provider the request was routed to. */
    private static Envelope requireProvider(PortalRequest r, GatewayEnvelopes.Received received) {
        Envelope original = received.original();
        if (!received.outer().isForwarding()) {
            throw new RejectedException(ReasonCode.MSG_NOT_PERMITTED, "a provider's message must be forwarded");
        }
        boolean provider;
        try {
            provider = "PROVIDER".equals(Participants.byId(original.sender()).kind());
        } catch (IllegalArgumentException unknown) {
            provider = false;
        }
        if (!provider || r.providerId() != null && !r.providerId().equals(original.sender())) {
            throw new RejectedException(ReasonCode.MSG_NOT_PERMITTED, original.sender() + " is not this request's provider");
        }
        return original;
    }

    static void requireSameRequest(PortalRequest r, String requestId) {
        if (!r.requestId().equals(requestId)) {
            throw new RejectedException(ReasonCode.MSG_REQUEST_MISMATCH, "the body is about another request");
        }
    }

    private static String join(String a, String b) {
        return a == null ? b : b == null ? a : a + "; " + b;
    }
}
