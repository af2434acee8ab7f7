package kz.egov.corp.request;

import java.time.Clock;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import kz.egov.contract.envelope.Envelope;
import kz.egov.contract.envelope.MessageType;
import kz.egov.contract.message.PackageMovement;
import kz.egov.contract.message.ProviderAcknowledgement;
import kz.egov.contract.message.Rejection;
import kz.egov.contract.message.ResultDocument;
import kz.egov.contract.message.ResultKind;
import kz.egov.contract.message.StatusChange;
import kz.egov.contract.message.TechnicalReceipt;
import kz.egov.contract.reason.ReasonCode;
import kz.egov.contract.reason.RejectedException;
import kz.egov.contract.schema.BodyValidator;
import kz.egov.contract.seal.SignerIdentity;
import kz.egov.contract.status.BusinessStatus;
import kz.egov.contract.status.StatusMachine;
import kz.egov.contract.status.TechnicalStatus;
import kz.egov.corp.branch.Branches;
import kz.egov.corp.tracking.PackageTracker;
import kz.egov.contract.message.SignerRole;
import kz.egov.eds.identity.ChannelRules;
import kz.egov.platform.messaging.EnvelopeHandler;
import kz.egov.platform.messaging.GatewayEnvelopes;
import kz.egov.platform.messaging.InboundMessage;
import kz.egov.reference.Participants;
import org.jboss.logging.Logger;

/**
 * Back-traffic for the branches' own requests, everything from the gateway: technical receipts, rejections by the
 * gateway, the provider's status changes, the officer-signed result (its EDS checked here too) and package movements.
 * What is not addressed to a hosted branch, or not about one of its requests, is a dead letter.
 */
@ApplicationScoped
public class BackTrafficHandler implements EnvelopeHandler {

    private static final Logger LOG = Logger.getLogger(BackTrafficHandler.class);

    private final GatewayEnvelopes gateway;
    private final Branches branches;
    private final DeskRequests requests;
    private final Timeline timeline;
    private final PackageTracker tracker;
    private final Clock clock;

    BackTrafficHandler(GatewayEnvelopes gateway, Branches branches, DeskRequests requests, Timeline timeline,
            PackageTracker tracker, Clock clock) {
        this.gateway = gateway;
        this.branches = branches;
        this.requests = requests;
        this.timeline = timeline;
        this.tracker = tracker;
        this.clock = clock;
    }

    @Override
    public Set<MessageType> types() {
        return Set.of(MessageType.TECHNICAL_RECEIPT, MessageType.PROVIDER_ACKNOWLEDGEMENT, MessageType.REJECTION,
                MessageType.STATUS_CHANGE, MessageType.RESULT_DOCUMENT, MessageType.PACKAGE_MOVEMENT);
    }

    @Override
    public void handle(Envelope e, InboundMessage raw) {
        GatewayEnvelopes.Received received = gateway.receive(e);
        if (!branches.hosts(e.recipient())) {
            throw new RejectedException(ReasonCode.MSG_NOT_PERMITTED, "recipient " + e.recipient() + " is not hosted here");
        }
        DeskRequest request = requests.findForBranch(e.recipient(), e.correlationId()).orElseThrow(() ->
                new RejectedException(ReasonCode.NOT_FOUND, "no request " + e.correlationId() + " of " + e.recipient()));
        Envelope original = received.original();
        switch (e.type()) {
            case TECHNICAL_RECEIPT -> technicalReceipt(request, original);
            case PROVIDER_ACKNOWLEDGEMENT -> acknowledgement(request, original);
            case REJECTION -> rejection(request, original);
            case STATUS_CHANGE -> statusChange(request, original);
            case RESULT_DOCUMENT -> result(request, original);
            case PACKAGE_MOVEMENT -> movement(request, original);
            default -> throw new RejectedException(ReasonCode.MSG_NOT_PERMITTED, "not taken: " + e.type());
        }
    }

    private void technicalReceipt(DeskRequest r, Envelope original) {
        TechnicalReceipt receipt = BodyValidator.parse(original.type(), original.body(), TechnicalReceipt.class);
        String current = r.technicalStatus();
        if (current == null || StatusMachine.allowed(TechnicalStatus.valueOf(current), receipt.status())) {
            requests.technical(r.requestId(), receipt.status().name(), receipt.providerId(), null);
            if (receipt.status() == TechnicalStatus.ACCEPTED_BY_GATEWAY && r.businessStatus() == null) {
                requests.business(r.requestId(), BusinessStatus.RECEIVED.name());
            }
        }
        timeline.append(r.requestId(), receipt.status().name(), receipt.providerId() == null ? null
                : "provider " + receipt.providerId() + (receipt.variantCode() == null ? "" : ", " + receipt.variantCode()),
                original.messageId());
    }

    /** The provider's acknowledgement: "delivered to provider", and the business status it carries, if any. */
    private void acknowledgement(DeskRequest r, Envelope original) {
        requireProvider(r, original);
        ProviderAcknowledgement ack = BodyValidator.parse(original.type(), original.body(), ProviderAcknowledgement.class);
        if (!ack.requestId().equals(r.requestId())
                || ack.status() != null && !ack.status().requestId().equals(r.requestId())) {
            throw new RejectedException(ReasonCode.MSG_SCHEMA_VIOLATION, "the acknowledgement is about another request");
        }
        String current = r.technicalStatus();
        if (current == null || StatusMachine.allowed(TechnicalStatus.valueOf(current), TechnicalStatus.DELIVERED_TO_PROVIDER)) {
            requests.technical(r.requestId(), TechnicalStatus.DELIVERED_TO_PROVIDER.name(), ack.providerId(), null);
        }
        timeline.append(r.requestId(), TechnicalStatus.DELIVERED_TO_PROVIDER.name(), "provider " + ack.providerId()
                + ", № " + ack.incomingNumber(), original.messageId());
        if (ack.status() != null) {
            businessStatus(r, ack.status(), original.messageId());
        }
    }

    private void rejection(DeskRequest r, Envelope original) {
        Rejection rejection = BodyValidator.parse(original.type(), original.body(), Rejection.class);
        requireSameRequest(r, rejection.requestId());
        if (rejection.rejectedMessageId().equals(r.requestMessageId())) {
            requests.technical(r.requestId(), TechnicalStatus.REJECTED_BY_GATEWAY.name(), null, rejection.reasonCode());
            LOG.infof("request %s rejected by %s: %s", r.requestId(), rejection.rejectedBy(), rejection.reasonCode());
        }
        timeline.append(r.requestId(), "REJECTION", rejection.reasonCode() + " by " + rejection.rejectedBy()
                + (rejection.detail() == null ? "" : ": " + rejection.detail()), original.messageId());
    }

    private void statusChange(DeskRequest r, Envelope original) {
        requireProvider(r, original);
        StatusChange change = BodyValidator.parse(original.type(), original.body(), StatusChange.class);
        requireSameRequest(r, change.requestId());
        businessStatus(r, change, original.messageId());
    }

    /** A body about another request than the one its envelope names is refused, and stored nowhere. */
    private static void requireSameRequest(DeskRequest r, String requestId) {
        if (!r.requestId().equals(requestId)) {
            throw new RejectedException(ReasonCode.MSG_REQUEST_MISMATCH, "the body is about another request");
        }
    }

    private void businessStatus(DeskRequest r, StatusChange change, String messageId) {
        BusinessStatus from = r.businessStatus() == null ? null : BusinessStatus.valueOf(r.businessStatus());
        if (change.status() != from && StatusMachine.allowed(from, change.status())) {
            requests.business(r.requestId(), change.status().name());
        } else if (change.status() != from) {
            LOG.warnf("request %s: status %s after %s not applied", r.requestId(), change.status(), from);
        }
        timeline.append(r.requestId(), "STATUS_" + change.status().name(), change.comment(), messageId);
    }

    /** The officer's EDS: valid for the officer role, of the provider's BIN, and the signer the document names. */
    private void result(DeskRequest r, Envelope original) {
        requireProvider(r, original);
        ResultDocument doc = BodyValidator.parse(original.type(), original.body(), ResultDocument.class);
        requireSameRequest(r, doc.requestId());
        if (!doc.applicantIin().equals(r.applicantIin())) {
            throw new RejectedException(ReasonCode.MSG_APPLICANT_MISMATCH, "the result names another applicant");
        }
        SignerIdentity signer = gateway.verifyPerson(original, SignerRole.OFFICER).signer();
        String providerBin = providerBin(original.sender());
        if (providerBin != null) {
            ChannelRules.checkOrganisationPerson(signer, providerBin);
        }
        if (!signer.iin().equals(doc.signedByIin())) {
            throw new RejectedException(ReasonCode.EDS_SIGNER_NOT_ACTING_OFFICER, "the result names another signer");
        }
        BusinessStatus status = doc.kind() == ResultKind.MOTIVATED_REFUSAL ? BusinessStatus.MOTIVATED_REFUSAL
                : BusinessStatus.COMPLETED;
        requests.result(r.requestId(), original.body(), original.personSignature(), doc.kind().name(), status.name(),
                clock.instant());
        timeline.append(r.requestId(), "RESULT_" + doc.kind().name(), doc.title()
                + (doc.refusalReasonCode() == null ? "" : " (" + doc.refusalReasonCode() + ")"), original.messageId());
    }

    private void movement(DeskRequest r, Envelope original) {
        PackageMovement m = BodyValidator.parse(original.type(), original.body(), PackageMovement.class);
        if (!m.packageId().equals(r.packageId())) {
            throw new RejectedException(ReasonCode.MSG_SCHEMA_VIOLATION, "package " + m.packageId() + " is not the request's");
        }
        tracker.received(m, original.sender(), r.branchId(), original.messageId());
        timeline.append(r.requestId(), "PACKAGE_" + m.movement().name(), "by " + original.sender(), original.messageId());
    }

    private static void requireProvider(DeskRequest r, Envelope original) {
        if (r.providerId() != null && !r.providerId().equals(original.sender())) {
            throw new RejectedException(ReasonCode.MSG_NOT_PERMITTED, original.sender() + " is not the request's provider");
        }
    }

    private static String providerBin(String participantId) {
        return Participants.all().stream().filter(p -> p.id().equals(participantId)).map(Participants.Seed::bin)
                .findFirst().orElse(null);
    }
}
