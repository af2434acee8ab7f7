package kz.egov.gateway.traffic;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import io.micrometer.core.instrument.MeterRegistry;
import kz.egov.contract.envelope.Envelope;
import kz.egov.contract.envelope.MessageType;
import kz.egov.contract.envelope.SealInput;
import kz.egov.contract.message.ServiceRequest;
import kz.egov.contract.reason.RejectedException;
import kz.egov.contract.status.TechnicalStatus;
import kz.egov.contract.topic.Topics;
import kz.egov.gateway.attachment.AttachmentStore;
import kz.egov.gateway.auth.InboundVerification;
import kz.egov.gateway.check.CheckContext;
import kz.egov.gateway.check.ServiceRequestPipeline;
import kz.egov.gateway.evidence.EvidenceLog;
import kz.egov.gateway.participant.Participant;
import kz.egov.gateway.participant.ParticipantKind;
import kz.egov.gateway.routing.Route;
import kz.egov.platform.messaging.EnvelopeHandler;
import kz.egov.platform.messaging.EnvelopeSender;
import kz.egov.platform.messaging.InboundMessage;

/**
 * A service request through ШЭП/РШЭП: a request seen before is logged as a duplicate and not routed again; a new one
 * goes through the regulations' checks ({@link ServiceRequestPipeline}) and is (7) forwarded to the provider with
 * the gateway's enrichment, with a technical receipt to the origin. A message whose sender is not authenticated
 * (unknown, inactive, no valid seal of its pinned certificate) is a dead letter and nothing else; every refusal of
 * an authenticated sender's request is a rejection back to it with its reason code, and the request is recorded as
 * rejected by the gateway.
 */
@ApplicationScoped
public class ServiceRequestHandler implements EnvelopeHandler {

    private final InboundVerification verification;
    private final ServiceRequestPipeline pipeline;
    private final AttachmentStore attachments;
    private final RoutedRequests routed;
    private final Replies replies;
    private final EnvelopeSender sender;
    private final EvidenceLog evidence;
    private final MeterRegistry metrics;
    private final Clock clock;

    ServiceRequestHandler(InboundVerification verification, ServiceRequestPipeline pipeline,
            AttachmentStore attachments, RoutedRequests routed, Replies replies, EnvelopeSender sender,
            EvidenceLog evidence, MeterRegistry metrics, Clock clock) {
        this.verification = verification;
        this.pipeline = pipeline;
        this.attachments = attachments;
        this.routed = routed;
        this.replies = replies;
        this.sender = sender;
        this.evidence = evidence;
        this.metrics = metrics;
        this.clock = clock;
    }

    @Override
    public Set<MessageType> types() {
        return Set.of(MessageType.SERVICE_REQUEST);
    }

    @Override
    public void prepare(Envelope e) {
        pipeline.prepare(e);
    }

    /** The batch's routed requests and what its checks need (the routing table), one read each until {@link #end}. */
    @Override
    public void begin(List<Envelope> batch) {
        routed.hold(batch.stream().map(Envelope::correlationId).toList());
        pipeline.begin();
    }

    @Override
    public void end() {
        routed.flush();
    }

    @Override
    public void handle(Envelope e, InboundMessage raw) {
        Instant now = clock.instant();
        Participant origin = verification.authenticate(e, now);
        evidence.append(e.correlationId(), e.messageId(), EvidenceLog.IN, e.type().name(), EvidenceLog.OK,
                Map.of("from", origin.id(), "bodySha256", SealInput.sha256Hex(e.body())));
        Optional<RoutedRequests.RoutedRequest> earlier = routed.find(e.correlationId());
        if (earlier.isPresent()) {
            evidence.append(e.correlationId(), e.messageId(), EvidenceLog.CHECK, "DUPLICATE_REQUEST", EvidenceLog.OK,
                    Map.of("firstMessage", earlier.get().originMessageId()));
            return;
        }
        ServiceRequestPipeline.Outcome outcome = pipeline.run(CheckContext.of(e, origin, now));
        if (!outcome.passed()) {
            reject(outcome.context(), outcome.refusal());
            return;
        }
        try {
            forward(raw, outcome.context());
        } catch (RejectedException refused) {
            // the original cannot be carried on as it is (its bytes are not UTF-8 text: MSG_UNPARSEABLE)
            reject(outcome.context(), refused);
        }
    }

    private void reject(CheckContext checked, RejectedException refused) {
        Envelope e = checked.envelope();
        ServiceRequest request = checked.request();
        routed.record(new RoutedRequests.RoutedRequest(e.correlationId(), checked.origin().id(), e.messageId(), null,
                e.serviceCode() == null ? "?" : e.serviceCode(), null,
                request == null ? "?" : request.channel().name(), TechnicalStatus.REJECTED_BY_GATEWAY,
                refused.reason().code(), request == null || request.applicant() == null ? null : request.applicant().iin()));
        replies.reject(e, checked.origin(), refused);
    }

    private void forward(InboundMessage raw, CheckContext checked) {
        Envelope e = checked.envelope();
        Participant origin = checked.origin();
        ServiceRequest request = checked.request();
        Route route = checked.route();
        Map<String, Object> routing = new LinkedHashMap<>();
        routing.put("variantCode", route.variant().code());
        routing.put("providerType", route.variant().providerType().name());
        routing.put("providerId", route.provider().id());
        routing.put("katoPrefix", route.katoPrefix());
        Map<String, Object> enrichment = new LinkedHashMap<>();
        enrichment.put("person", checked.person());
        enrichment.put("routing", routing);
        enrichment.put("origin", origin.id());
        enrichment.put("signaturesCheckedAt", checked.at().toString());
        enrichment.put("signatureCheck", checked.signatureCheck());
        Envelope out = sender.forward(Topics.TO_PROVIDERS, verification.gatewayId(), route.provider().id(),
                raw.payload(), enrichment);
        attachments.grant(request.requestId(), request.attachments(), route.provider().id());
        metrics.counter("egov_gateway_routed_total", "variant", route.variant().code(), "providerType",
                route.variant().providerType().name(), "channel", request.channel().name()).increment();
        routed.record(new RoutedRequests.RoutedRequest(request.requestId(), origin.id(), e.messageId(),
                route.provider().id(), request.serviceCode(), route.variant().code(), request.channel().name(),
                TechnicalStatus.ACCEPTED_BY_GATEWAY, null, request.applicant().iin()));
        evidence.append(request.requestId(), out.messageId(), EvidenceLog.OUT, MessageType.SERVICE_REQUEST.name(),
                EvidenceLog.OK, Map.of("to", route.provider().id(), "forwards", e.messageId()));
        if (origin.kind() != ParticipantKind.PROVIDER || !origin.id().equals(route.provider().id())) {
            replies.receipt(e, origin, TechnicalStatus.ACCEPTED_BY_GATEWAY, route.provider().id(),
                    route.variant().code());
        }
    }
}
