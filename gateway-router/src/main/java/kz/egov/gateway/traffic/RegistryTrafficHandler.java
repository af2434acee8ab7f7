package kz.egov.gateway.traffic;

import java.time.Clock;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import kz.egov.contract.envelope.Envelope;
import kz.egov.contract.envelope.MessageType;
import kz.egov.contract.message.RegistryCommand;
import kz.egov.contract.message.RegistryCommandAttestation;
import kz.egov.contract.message.RegistryEvent;
import kz.egov.contract.reason.ReasonCode;
import kz.egov.contract.reason.RejectedException;
import kz.egov.contract.schema.BodyValidator;
import kz.egov.gateway.auth.InboundVerification;
import kz.egov.gateway.evidence.EvidenceLog;
import kz.egov.gateway.participant.Participant;
import kz.egov.gateway.participant.ParticipantKind;
import kz.egov.gateway.participant.ParticipantRegistry;
import kz.egov.platform.messaging.EnvelopeHandler;
import kz.egov.platform.messaging.EnvelopeSender;
import kz.egov.platform.messaging.InboundMessage;

/**
 * Registry commands from providers allowed for employment services go to АИС «Рынок труда»; its events go back to
 * exactly the provider that asked. Same checks as every other message.
 */
@ApplicationScoped
public class RegistryTrafficHandler implements EnvelopeHandler {

    private final InboundVerification verification;
    private final ParticipantRegistry participants;
    private final RoutedRequests routed;
    private final Replies replies;
    private final EnvelopeSender sender;
    private final EvidenceLog evidence;
    private final Clock clock;

    RegistryTrafficHandler(InboundVerification verification, ParticipantRegistry participants, RoutedRequests routed,
            Replies replies, EnvelopeSender sender, EvidenceLog evidence, Clock clock) {
        this.verification = verification;
        this.participants = participants;
        this.routed = routed;
        this.replies = replies;
        this.sender = sender;
        this.evidence = evidence;
        this.clock = clock;
    }

    @Override
    public Set<MessageType> types() {
        return Set.of(MessageType.REGISTRY_COMMAND, MessageType.REGISTRY_EVENT);
    }

    @Override
    public void prepare(Envelope e) {
        verification.prepareSeal(e);
    }

    @Override
    public void handle(Envelope e, InboundMessage raw) {
        Participant from = verification.authenticate(e, clock.instant());
        evidence.append(e.correlationId(), e.messageId(), EvidenceLog.IN, e.type().name(), EvidenceLog.OK,
                Map.of("from", from.id()));
        try {
            verification.authorize(e, from, clock.instant());
            Object enrichment;
            Participant to;
            if (e.type() == MessageType.REGISTRY_COMMAND) {
                RegistryCommand cmd = BodyValidator.parse(e.type(), e.body(), RegistryCommand.class);
                RoutedRequests.RoutedRequest request = command(cmd, from);
                to = registry();
                enrichment = new RegistryCommandAttestation(cmd.requestId(), from.id(), cmd.iin(),
                        request.variantCode(), clock.instant());
            } else {
                to = event(e);
                enrichment = Map.of("signaturesCheckedAt", clock.instant().toString());
            }
            Envelope out = sender.forward(to.kind().inboundTopic(), verification.gatewayId(), to.id(), raw.payload(),
                    enrichment);
            evidence.append(e.correlationId(), out.messageId(), EvidenceLog.OUT, e.type().name(), EvidenceLog.OK,
                    Map.of("to", to.id(), "forwards", e.messageId()));
        } catch (RejectedException refused) {
            replies.reject(e, from, refused);
        }
    }

    /**
     * A command reaches the registry only from the acting provider, for a request the gateway routed to it, about that
     * request's applicant ([wave 2 · 6/16]); the forward attests both, and the variant the request was routed under
     * ([wave 2 · 7/16]: the registry applies that variant's rules), in a {@link RegistryCommandAttestation}.
     */
    private RoutedRequests.RoutedRequest command(RegistryCommand cmd, Participant from) {
        if (from.kind() != ParticipantKind.PROVIDER || !cmd.providerId().equals(from.id())) {
            throw new RejectedException(ReasonCode.MSG_NOT_PERMITTED,
                    "registry commands come from the acting provider");
        }
        RoutedRequests.RoutedRequest request = routed.find(cmd.requestId()).filter(r -> r.routedTo(from.id()))
                .orElseThrow(() -> new RejectedException(ReasonCode.MSG_NOT_ROUTED_TO_SENDER,
                        "request " + cmd.requestId() + " was not routed to " + from.id()));
        if (request.applicantIin() == null || !request.applicantIin().equals(cmd.iin())) {
            throw new RejectedException(ReasonCode.MSG_APPLICANT_MISMATCH,
                    "the command's citizen is not the applicant of request " + cmd.requestId());
        }
        if (request.variantCode() == null) {
            throw new RejectedException(ReasonCode.MSG_NOT_PERMITTED,
                    "request " + cmd.requestId() + " has no variant: no registry rule applies to it");
        }
        routed.recordCommand(cmd.commandId(), cmd.requestId(), from.id());
        return request;
    }

    private Participant registry() {
        return participants.list().stream().filter(p -> p.kind() == ParticipantKind.REGISTRY && p.active()).findFirst()
                .orElseThrow(() -> new RejectedException(ReasonCode.ROUTE_NOT_FOUND, "no active registry"));
    }

    private Participant event(Envelope e) {
        RegistryEvent event = BodyValidator.parse(e.type(), e.body(), RegistryEvent.class);
        String provider = routed.commandProvider(event.commandId())
                .orElseThrow(() -> new RejectedException(ReasonCode.NOT_FOUND, "no command " + event.commandId()));
        return participants.find(provider).orElseThrow();
    }
}
