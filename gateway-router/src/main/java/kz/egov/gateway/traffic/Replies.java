package kz.egov.gateway.traffic;

import java.time.Clock;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.micrometer.core.instrument.MeterRegistry;
import kz.egov.contract.envelope.Envelope;
import kz.egov.contract.envelope.MessageType;
import kz.egov.contract.message.Rejection;
import kz.egov.contract.message.TechnicalReceipt;
import kz.egov.contract.reason.RejectedException;
import kz.egov.contract.status.TechnicalStatus;
import kz.egov.gateway.config.GatewayConfig;
import kz.egov.gateway.evidence.EvidenceLog;
import kz.egov.gateway.participant.Participant;
import kz.egov.platform.messaging.EnvelopeSender;

/** What the gateway itself says to a participant: rejections and technical receipts, each logged as evidence. */
@ApplicationScoped
public class Replies {

    private final EnvelopeSender sender;
    private final EvidenceLog evidence;
    private final MeterRegistry metrics;
    private final Clock clock;
    private final String gatewayId;

    Replies(EnvelopeSender sender, EvidenceLog evidence, MeterRegistry metrics, Clock clock, GatewayConfig config) {
        this.sender = sender;
        this.evidence = evidence;
        this.metrics = metrics;
        this.clock = clock;
        this.gatewayId = config.participantId();
    }

    /**
     * A REJECTION with the refusal's reason code to {@code to}. A refusal that may pass ({@link
     * RejectedException#isTransient}: a certificate's revocation status cannot be established now) is no answer: it
     * is thrown on, and the message is tried again.
     */
    public Envelope reject(Envelope refused, Participant to, RejectedException why) {
        if (why.isTransient()) {
            throw why;
        }
        metrics.counter("egov_gateway_rejections_total", "reason", why.reason().code(), "type", refused.type().name())
                .increment();
        Rejection body = new Rejection(refused.correlationId(), refused.messageId(), why.reason().code(), why.detail(),
                gatewayId, clock.instant());
        evidence.append(refused.correlationId(), refused.messageId(), EvidenceLog.CHECK, refused.type().name(),
                why.reason().code(), Map.of("detail", why.detail()));
        return send(to, MessageType.REJECTION, refused, body);
    }

    public Envelope receipt(Envelope about, Participant to, TechnicalStatus status, String providerId, String variant) {
        return send(to, MessageType.TECHNICAL_RECEIPT, about,
                new TechnicalReceipt(about.correlationId(), status, clock.instant(), providerId, variant));
    }

    private Envelope send(Participant to, MessageType type, Envelope about, Object body) {
        Envelope out = sender.send(to.kind().inboundTopic(), gatewayId, to.id(), type,
                about.serviceCode(), about.correlationId(), about.messageId(), body);
        evidence.append(out.correlationId(), out.messageId(), EvidenceLog.OUT, type.name(), EvidenceLog.OK,
                Map.of("to", to.id(), "causation", about.messageId()));
        return out;
    }
}
