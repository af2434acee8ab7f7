package kz.egov.mio.inbox;

import java.time.Clock;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import kz.egov.contract.envelope.Envelope;
import kz.egov.contract.envelope.MessageType;
import kz.egov.contract.message.ProviderAcknowledgement;
import kz.egov.contract.message.Rejection;
import kz.egov.contract.message.StatusChange;
import kz.egov.contract.reason.ReasonCode;
import kz.egov.contract.reason.RejectedException;
import kz.egov.contract.schema.BodyValidator;
import kz.egov.contract.status.BusinessStatus;
import kz.egov.contract.topic.Topics;
import kz.egov.mio.audit.AuditLog;
import kz.egov.mio.officer.Officer;
import kz.egov.platform.config.PlatformConfig;
import kz.egov.platform.messaging.EnvelopeHandler;
import kz.egov.platform.messaging.EnvelopeSender;
import kz.egov.platform.messaging.GatewayEnvelopes;
import kz.egov.platform.messaging.InboundMessage;

/**
 * The office's side of a request it took for another body (channel VIA_OTHER_BODY; V12: the employment centre accepts
 * the application, the akimat decides, the centre forms and issues the result, 003 p.5 steps 1–3 and 6–7): the
 * provider's acknowledgement, statuses and signed result reach this office, the request's origin, and are kept on the
 * walk-in; the office issues the result and reports the hand-over to the provider (as a State Corporation branch does).
 */
@ApplicationScoped
public class ForOtherBodies implements EnvelopeHandler {

    /** What the office sees of a request it took for another body. */
    public record Forwarded(String requestId, String channel, String businessStatus, String statusComment,
            java.time.Instant statusAt, boolean resultReady, java.time.Instant handedOverAt) {
    }

    private final GatewayEnvelopes gateway;
    private final EntityManager em;
    private final EnvelopeSender sender;
    private final AuditLog audit;
    private final Clock clock;
    private final String gatewayId;

    ForOtherBodies(GatewayEnvelopes gateway, EntityManager em, EnvelopeSender sender, AuditLog audit, Clock clock,
            PlatformConfig platform) {
        this.gateway = gateway;
        this.em = em;
        this.sender = sender;
        this.audit = audit;
        this.clock = clock;
        this.gatewayId = platform.gatewayId();
    }

    @Override
    public Set<MessageType> types() {
        return Set.of(MessageType.RESULT_DOCUMENT, MessageType.PROVIDER_ACKNOWLEDGEMENT);
    }

    @Override
    public void handle(Envelope envelope, InboundMessage raw) {
        Envelope original = gateway.receive(envelope).original();
        WalkInDraft d = taken(original.correlationId(), envelope.recipient()).orElseThrow(() ->
                new RejectedException(ReasonCode.NOT_FOUND, "no request " + original.correlationId()
                        + " taken here for another body"));
        if (envelope.type() == MessageType.RESULT_DOCUMENT) {
            d.resultDocument = original.body();
            d.resultSignature = original.personSignature();
        } else {
            ProviderAcknowledgement ack = BodyValidator.parse(envelope.type(), original.body(),
                    ProviderAcknowledgement.class);
            if (ack.status() != null) {
                note(d, ack.status());
            }
        }
    }

    /** A request this office took for another body, locked; empty when there is none. */
    public Optional<WalkInDraft> taken(String requestId, String officeId) {
        WalkInDraft d = em.find(WalkInDraft.class, requestId, LockModeType.PESSIMISTIC_WRITE);
        return Optional.ofNullable(d).filter(x -> x.providerId.equals(officeId)
                && kz.egov.contract.message.Channel.VIA_OTHER_BODY.name().equals(x.channel));
    }

    /** A status the provider reported (or a refusal the gateway sent back) on a request taken here. */
    void status(WalkInDraft d, Envelope envelope, Envelope original) {
        if (envelope.type() == MessageType.REJECTION) {
            Rejection r = BodyValidator.parse(envelope.type(), original.body(), Rejection.class);
            d.statusComment = r.reasonCode() + ": " + r.detail();
            d.statusAt = clock.instant();
            return;
        }
        note(d, BodyValidator.parse(envelope.type(), original.body(), StatusChange.class));
    }

    private void note(WalkInDraft d, StatusChange change) {
        d.businessStatus = change.status().name();
        d.statusComment = change.comment();
        d.statusAt = change.changedAt();
    }

    /** The request as the office sees it; NOT_FOUND for another office's or for its own service's walk-in. */
    public Forwarded view(Officer o, String requestId) {
        WalkInDraft d = taken(requestId, o.providerId).orElseThrow(() ->
                new RejectedException(ReasonCode.NOT_FOUND, "no request " + requestId + " taken here for another body"));
        return new Forwarded(d.requestId, d.channel, d.businessStatus, d.statusComment, d.statusAt,
                d.resultDocument != null, d.handedOverAt);
    }

    /** The provider's signed result, to print and hand over. */
    public WalkInDraft result(Officer o, String requestId) {
        WalkInDraft d = taken(requestId, o.providerId).orElseThrow(() ->
                new RejectedException(ReasonCode.NOT_FOUND, "no request " + requestId + " taken here for another body"));
        if (d.resultDocument == null) {
            throw new RejectedException(ReasonCode.CONFLICT, "the provider has not sent the result yet");
        }
        return d;
    }

    /**
     * The office issues the provider's signed result to the applicant (V12 step 7, «нәтижені береді») and tells the
     * provider, through the gateway, that it is handed over.
     */
    public Forwarded handOver(Officer o, String requestId, String comment) {
        WalkInDraft d = result(o, requestId);
        if (d.handedOverAt != null) {
            throw new RejectedException(ReasonCode.REQ_ILLEGAL_TRANSITION, "already handed over");
        }
        d.handedOverAt = clock.instant();
        d.businessStatus = BusinessStatus.ISSUED.name();
        d.statusAt = d.handedOverAt;
        kz.egov.contract.message.ServiceRequest request = kz.egov.contract.envelope.EnvelopeCodec.decode(d.document,
                kz.egov.contract.message.ServiceRequest.class);
        sender.send(Topics.TO_GATEWAY, o.providerId, gatewayId, MessageType.STATUS_CHANGE, request.serviceCode(),
                requestId, null, new StatusChange(requestId, BusinessStatus.ISSUED, d.handedOverAt,
                        "SPECIALIST", comment == null ? "выдано заявителю" : comment, null, null));
        audit.record(o, requestId, "RESULT_HANDED_OVER", AuditLog.OK, null);
        return view(o, requestId);
    }
}
