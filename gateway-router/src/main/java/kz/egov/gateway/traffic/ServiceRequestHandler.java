package kz.egov.gateway.traffic;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import kz.egov.catalog.ServiceCatalog;
import kz.egov.catalog.model.Variant;
import kz.egov.contract.envelope.Envelope;
import kz.egov.contract.envelope.MessageType;
import kz.egov.contract.message.Channel;
import kz.egov.contract.message.PersonRecord;
import kz.egov.contract.message.ServiceRequest;
import kz.egov.contract.reason.ReasonCode;
import kz.egov.contract.reason.RejectedException;
import kz.egov.contract.schema.BodyValidator;
import kz.egov.contract.seal.SignatureCheck;
import kz.egov.contract.status.TechnicalStatus;
import kz.egov.contract.topic.Topics;
import kz.egov.gateway.attachment.AttachmentStore;
import kz.egov.gateway.evidence.EvidenceLog;
import kz.egov.gateway.participant.Participant;
import kz.egov.gateway.participant.ParticipantKind;
import kz.egov.gateway.participant.ParticipantRegistry;
import kz.egov.gateway.person.PersonDirectory;
import kz.egov.gateway.routing.Router;
import kz.egov.platform.messaging.EnvelopeHandler;
import kz.egov.platform.messaging.EnvelopeSender;
import kz.egov.platform.messaging.InboundMessage;

/**
 * A service request through ШЭП/РШЭП, in the regulations' order: (1) the sender's seal, (2) the sender may submit this
 * service on this channel, (3) the body conforms and its attachments are stored, (4) condition 2 for the channel,
 * (5) ГБД ФЛ: the citizen exists, is alive and has a registered address, (6) the provider from the routing table,
 * (7) forward to the provider with the gateway's enrichment and a technical receipt to the origin. Every failure is a
 * rejection back to the origin with its reason code.
 */
@ApplicationScoped
public class ServiceRequestHandler implements EnvelopeHandler {

    @Inject
    InboundVerification verification;

    @Inject
    ConditionTwo conditionTwo;

    @Inject
    ServiceCatalog catalog;

    @Inject
    AttachmentStore attachments;

    @Inject
    PersonDirectory persons;

    @Inject
    Router router;

    @Inject
    ParticipantRegistry participants;

    @Inject
    RoutedRequests routed;

    @Inject
    Replies replies;

    @Inject
    EnvelopeSender sender;

    @Inject
    EvidenceLog evidence;

    @Inject
    io.micrometer.core.instrument.MeterRegistry metrics;

    @Override
    public Set<MessageType> types() {
        return Set.of(MessageType.SERVICE_REQUEST);
    }

    @Override
    public void prepare(Envelope e) {
        verification.prepareSeal(e);
        conditionTwo.prepare(e);
    }

    /** The batch's routed requests and the routing table in one read each, held until {@link #end}. */
    @Override
    public void begin(List<Envelope> batch) {
        routed.hold(batch.stream().map(Envelope::correlationId).toList());
        router.holdTable();
    }

    @Override
    public void end() {
        routed.flush();
    }

    @Override
    public void handle(Envelope e, InboundMessage raw) {
        Participant origin = verification.knownSender(e);
        Instant now = Instant.now();
        evidence.append(e.correlationId(), e.messageId(), EvidenceLog.IN, e.type().name(), EvidenceLog.OK,
                Map.of("from", origin.id(), "bodySha256", kz.egov.contract.envelope.SealInput.sha256Hex(e.body())));
        Optional<RoutedRequests.RoutedRequest> earlier = routed.find(e.correlationId());
        if (earlier.isPresent()) {
            evidence.append(e.correlationId(), e.messageId(), EvidenceLog.CHECK, "DUPLICATE_REQUEST", EvidenceLog.OK,
                    Map.of("firstMessage", earlier.get().originMessageId()));
            return;
        }
        ServiceRequest request = null;
        try {
            verification.verify(e, origin, now);
            request = BodyValidator.parse(MessageType.SERVICE_REQUEST, e.body(), ServiceRequest.class);
            if (!request.requestId().equals(e.correlationId()) || !request.serviceCode().equals(e.serviceCode())) {
                throw new RejectedException(ReasonCode.MSG_SCHEMA_VIOLATION, "request id or service differs from the envelope");
            }
            requireChannel(origin, request);
            attachments.requireAll(request.attachments());
            SignatureCheck signatureCheck = conditionTwo.check(e, request, origin, now);
            PersonRecord person = citizen(request);
            Route route = route(origin, request, person);
            forward(e, raw, origin, request, person, route, signatureCheck, now);
        } catch (RejectedException refused) {
            routed.record(new RoutedRequests.RoutedRequest(e.correlationId(), origin.id(), e.messageId(), null,
                    e.serviceCode() == null ? "?" : e.serviceCode(), null,
                    request == null ? "?" : request.channel().name(), TechnicalStatus.REJECTED_BY_GATEWAY,
                    refused.reason().code()));
            replies.reject(e, origin, refused);
        }
    }

    private void requireChannel(Participant origin, ServiceRequest request) {
        Channel channel = request.channel();
        boolean channelOfKind = switch (origin.kind()) {
            case PORTAL -> channel == Channel.PORTAL;
            case BRANCH -> channel == Channel.STATE_CORPORATION;
            case PROVIDER -> channel == Channel.PROVIDER_OFFICE || channel == Channel.VIA_OTHER_BODY;
            case REGISTRY -> false;
        };
        if (!channelOfKind || !origin.maySubmit(request.serviceCode(), channel.name())) {
            throw new RejectedException(ReasonCode.MSG_NOT_PERMITTED,
                    origin.id() + " may not submit " + request.serviceCode() + " on " + channel);
        }
        if (catalog.findBaseService(request.serviceCode()).isEmpty()) {
            throw new RejectedException(ReasonCode.SERVICE_UNKNOWN, "no base service " + request.serviceCode());
        }
        Channel catalogChannel = channel;
        if (catalog.variantsFor(request.serviceCode()).stream().noneMatch(v -> v.hasChannel(catalogChannel))) {
            throw new RejectedException(ReasonCode.SERVICE_NOT_ON_CHANNEL,
                    request.serviceCode() + " has no " + channel + " channel in any region");
        }
        evidence.append(request.requestId(), null, EvidenceLog.CHECK, "SENDER_MAY_SUBMIT", EvidenceLog.OK,
                Map.of("service", request.serviceCode(), "channel", channel.name()));
    }

    private PersonRecord citizen(ServiceRequest request) {
        PersonRecord p = persons.read(request.applicant().iin(), verification.gatewayId(), "routing of a service request",
                request.requestId()).orElseThrow(() -> new RejectedException(ReasonCode.PERSON_NOT_FOUND,
                        "the applicant is not in ГБД ФЛ"));
        if (p.deceased()) {
            throw new RejectedException(ReasonCode.PERSON_DECEASED, "ГБД ФЛ records the applicant as deceased");
        }
        if (p.addressKato() == null) {
            throw new RejectedException(ReasonCode.PERSON_NO_REGISTERED_ADDRESS, "no registered address in ГБД ФЛ");
        }
        evidence.append(request.requestId(), null, EvidenceLog.CHECK, "GBD_FL", EvidenceLog.OK,
                Map.of("kato", p.addressKato()));
        return p;
    }

    /** Where the request goes and under which variant. */
    record Route(Variant variant, Participant provider, String katoPrefix) {
    }

    private Route route(Participant origin, ServiceRequest request, PersonRecord person) {
        Variant variant = catalog.variantFor(request.serviceCode(), person.addressKato())
                .orElseThrow(() -> new RejectedException(ReasonCode.ROUTE_NOT_FOUND,
                        "no variant of " + request.serviceCode() + " for the citizen's region"));
        if (!variant.hasChannel(request.channel())) {
            throw new RejectedException(ReasonCode.SERVICE_NOT_ON_CHANNEL,
                    variant.code() + " is not provided on " + request.channel());
        }
        Participant provider;
        String prefix;
        if (request.channel() == Channel.PROVIDER_OFFICE) {
            provider = origin;
            prefix = origin.kato();
        } else {
            Router.Rule rule = router.route(variant.providerType().name(), person.addressKato())
                    .orElseThrow(() -> new RejectedException(ReasonCode.ROUTE_NOT_FOUND,
                            "no " + variant.providerType() + " serves KATO " + person.addressKato()));
            provider = participants.find(rule.participantId()).orElseThrow();
            prefix = rule.katoPrefix();
        }
        evidence.append(request.requestId(), null, EvidenceLog.CHECK, "ROUTING", EvidenceLog.OK,
                Map.of("variant", variant.code(), "providerType", variant.providerType().name(), "katoPrefix",
                        prefix == null ? "" : prefix, "provider", provider.id()));
        return new Route(variant, provider, prefix);
    }

    private void forward(Envelope e, InboundMessage raw, Participant origin, ServiceRequest request,
            PersonRecord person, Route route, SignatureCheck signatureCheck, Instant checkedAt) {
        Map<String, Object> routing = new LinkedHashMap<>();
        routing.put("variantCode", route.variant().code());
        routing.put("providerType", route.variant().providerType().name());
        routing.put("providerId", route.provider().id());
        routing.put("katoPrefix", route.katoPrefix());
        Map<String, Object> enrichment = new LinkedHashMap<>();
        enrichment.put("person", person);
        enrichment.put("routing", routing);
        enrichment.put("origin", origin.id());
        enrichment.put("signaturesCheckedAt", checkedAt.toString());
        enrichment.put("signatureCheck", signatureCheck);
        Envelope out = sender.forward(Topics.TO_PROVIDERS, verification.gatewayId(), route.provider().id(),
                raw.payload(), enrichment);
        attachments.grant(request.requestId(), request.attachments(), route.provider().id());
        metrics.counter("egov_gateway_routed_total", "variant", route.variant().code(), "providerType",
                route.variant().providerType().name(), "channel", request.channel().name()).increment();
        routed.record(new RoutedRequests.RoutedRequest(request.requestId(), origin.id(), e.messageId(),
                route.provider().id(), request.serviceCode(), route.variant().code(), request.channel().name(),
                TechnicalStatus.ACCEPTED_BY_GATEWAY, null));
        evidence.append(request.requestId(), out.messageId(), EvidenceLog.OUT, MessageType.SERVICE_REQUEST.name(),
                EvidenceLog.OK, Map.of("to", route.provider().id(), "forwards", e.messageId()));
        if (origin.kind() != ParticipantKind.PROVIDER || !origin.id().equals(route.provider().id())) {
            replies.receipt(e, origin, TechnicalStatus.ACCEPTED_BY_GATEWAY, route.provider().id(), route.variant().code());
        }
    }
}
