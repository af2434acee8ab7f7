package kz.egov.registry.command;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import io.micrometer.core.instrument.MeterRegistry;
import kz.egov.catalog.ServiceCatalog;
import kz.egov.catalog.model.RegistryRequirement;
import kz.egov.catalog.model.RegistryRule;
import kz.egov.contract.envelope.Envelope;
import kz.egov.contract.envelope.MessageType;
import kz.egov.contract.message.RegistryCommand;
import kz.egov.contract.message.RegistryCommandAttestation;
import kz.egov.contract.message.RegistryCommandType;
import kz.egov.contract.message.RegistryEvent;
import kz.egov.contract.reason.ReasonCode;
import kz.egov.contract.reason.RejectedException;
import kz.egov.contract.schema.BodyValidator;
import kz.egov.contract.topic.Topics;
import kz.egov.eds.identity.Iin;
import kz.egov.eds.identity.IinMask;
import kz.egov.platform.messaging.EnvelopeHandler;
import kz.egov.platform.messaging.EnvelopeSender;
import kz.egov.platform.messaging.GatewayEnvelopes;
import kz.egov.platform.messaging.InboundMessage;
import kz.egov.platform.config.PlatformConfig;
import kz.egov.registry.card.CardView;
import kz.egov.registry.config.RegistryConfig;
import org.jboss.logging.Logger;

/**
 * A provider's command to АИС «Рынок труда», forwarded by the gateway: checked (gateway seal, the provider's seal, an
 * employment-service provider acting for itself, valid IINs, a command the attested variant's steps send), applied
 * under that variant's registry rule (the catalog's) once per command id, and answered with a sealed
 * REGISTRY_EVENT — accepted with the card, or refused with a reason code. A repeated command id gets the same answer.
 */
@ApplicationScoped
public class RegistryCommandHandler implements EnvelopeHandler {

    private static final Logger LOG = Logger.getLogger(RegistryCommandHandler.class);

    private final GatewayEnvelopes gateway;
    private final AllowedProviders allowed;
    private final ProcessedCommands processed;
    private final CardCommands commands;
    private final CardChecks checks;
    private final CardView view;
    private final EnvelopeSender sender;
    private final MeterRegistry metrics;
    private final Clock clock;
    private final ServiceCatalog catalog;
    private final String participantId;
    private final String gatewayId;

    RegistryCommandHandler(GatewayEnvelopes gateway, AllowedProviders allowed, ProcessedCommands processed,
            CardCommands commands, CardChecks checks, CardView view, EnvelopeSender sender, MeterRegistry metrics,
            Clock clock, ServiceCatalog catalog, RegistryConfig config, PlatformConfig platform) {
        this.gateway = gateway;
        this.allowed = allowed;
        this.processed = processed;
        this.commands = commands;
        this.checks = checks;
        this.view = view;
        this.sender = sender;
        this.metrics = metrics;
        this.clock = clock;
        this.catalog = catalog;
        this.participantId = config.participantId();
        this.gatewayId = platform.gatewayId();
    }

    @Override
    public Set<MessageType> types() {
        return Set.of(MessageType.REGISTRY_COMMAND);
    }

    @Override
    public void handle(Envelope e, InboundMessage raw) {
        GatewayEnvelopes.Received received = gateway.receive(e);
        Envelope original = received.original();
        RegistryCommand cmd = BodyValidator.parse(MessageType.REGISTRY_COMMAND, original.body(), RegistryCommand.class);
        Optional<ProcessedCommands.Processed> before = processed.find(cmd.commandId());
        if (before.isPresent()) {
            answerAgain(original, cmd, before.get());
            return;
        }
        Instant at = clock.instant();
        Outcome outcome = decide(original, cmd, attestation(received), at);
        RegistryEvent event = new RegistryEvent(cmd.commandId(), cmd.requestId(), cmd.command(), outcome.accepted(),
                outcome.reason() == null ? null : outcome.reason().code(), outcome.card(), at);
        processed.record(cmd, original.sender(), outcome, event);
        answer(original, event);
        metrics.counter("egov_registry_commands_total", "command", cmd.command().name(), "outcome",
                outcome.accepted() ? "accepted" : outcome.reason().code()).increment();
        LOG.infof("%s %s for %s from %s: %s", cmd.command(), cmd.commandId(), IinMask.mask(cmd.iin()),
                original.sender(), outcome.accepted() ? "accepted" : outcome.reason().code() + " " + outcome.detail());
    }

    /** The gateway's attestation of the command's request and applicant; none (or unreadable) is empty. */
    private static Optional<RegistryCommandAttestation> attestation(GatewayEnvelopes.Received received) {
        try {
            return Optional.ofNullable(received.enrichment(RegistryCommandAttestation.class))
                    .filter(a -> a.requestId() != null && a.routedTo() != null && a.applicantIin() != null
                            && a.variantCode() != null);
        } catch (RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    private Outcome decide(Envelope original, RegistryCommand cmd, Optional<RegistryCommandAttestation> attestation,
            Instant at) {
        Optional<RejectedException> forbidden = forbidden(original, cmd, attestation);
        if (forbidden.isPresent()) {
            return Outcome.refused(forbidden.get().reason(), forbidden.get().detail(), null);
        }
        String variant = attestation.get().variantCode();
        Optional<String> providerType = catalog.findVariant(variant).map(v -> v.providerType().name());
        if (providerType.isPresent() && !providerType.equals(allowed.typeOf(original.sender()))) {
            return Outcome.refused(ReasonCode.MSG_NOT_PERMITTED, variant + " is provided by a " + providerType.get()
                    + ", not by " + original.sender(), null);
        }
        Optional<List<RegistryRequirement>> requires = requirements(variant, cmd.command());
        if (requires.isEmpty()) {
            return Outcome.refused(ReasonCode.MSG_NOT_PERMITTED, "no step of " + variant + " sends " + cmd.command()
                    + " (the catalog's registry rules)", null);
        }
        CommandContext c = new CommandContext(cmd, new CommandData(cmd.data()), variant, requires.get(), at,
                LocalDate.ofInstant(at, RegistryConfig.ZONE));
        try {
            return apply(c);
        } catch (RejectedException refused) {
            return Outcome.refused(refused.reason(), refused.detail(), view.of(cmd.iin()));
        }
    }

    /**
     * What the variant requires of the command (its catalog rule): empty when none of its steps sends it, or the
     * variant is unknown. DEREGISTER and QUERY_CARD are the registry's own, no step of any text: nothing required.
     */
    private Optional<List<RegistryRequirement>> requirements(String variantCode, RegistryCommandType type) {
        if (type == RegistryCommandType.DEREGISTER || type == RegistryCommandType.QUERY_CARD) {
            return Optional.of(List.of());
        }
        kz.egov.catalog.model.RegistryCommand command = kz.egov.catalog.model.RegistryCommand.valueOf(type.name());
        return catalog.findVariant(variantCode).flatMap(v -> v.registryRule(command)).map(RegistryRule::requires);
    }

    /**
     * Only an employment-service provider, for itself, with valid IINs, for a request the gateway attests it routed to
     * that provider, about that request's applicant; the card stays out of such an answer.
     */
    private Optional<RejectedException> forbidden(Envelope original, RegistryCommand cmd,
            Optional<RegistryCommandAttestation> attestation) {
        if (!allowed.allowed(original.sender())) {
            return Optional.of(new RejectedException(ReasonCode.MSG_NOT_PERMITTED,
                    original.sender() + " is not an employment-service provider"));
        }
        if (!cmd.providerId().equals(original.sender())) {
            return Optional.of(new RejectedException(ReasonCode.MSG_NOT_PERMITTED,
                    "providerId " + cmd.providerId() + " is not the sender " + original.sender()));
        }
        if (!Iin.isValid(cmd.actingOfficerIin()) || !Iin.isValid(cmd.iin())) {
            return Optional.of(new RejectedException(ReasonCode.EDS_INVALID_IIN, "invalid citizen or officer IIN"));
        }
        if (attestation.isEmpty() || !attestation.get().requestId().equals(cmd.requestId())
                || !attestation.get().routedTo().equals(original.sender())) {
            return Optional.of(new RejectedException(ReasonCode.MSG_NOT_ROUTED_TO_SENDER,
                    "the gateway does not attest request " + cmd.requestId() + " routed to " + original.sender()));
        }
        if (!attestation.get().applicantIin().equals(cmd.iin())) {
            return Optional.of(new RejectedException(ReasonCode.MSG_APPLICANT_MISMATCH,
                    "the command's citizen is not the applicant of request " + cmd.requestId()));
        }
        return Optional.empty();
    }

    private Outcome apply(CommandContext c) {
        return switch (c.command().command()) {
            case REGISTER_JOB_SEEKER -> commands.registerJobSeeker(c);
            case REGISTER_UNEMPLOYED -> commands.registerUnemployed(c);
            case DEREGISTER -> commands.deregister(c);
            case REFER_TO_MEASURE -> commands.referToMeasure(c);
            case CHECK_LABOUR_ACTIVITY -> checks.labourActivity(c);
            case CHECK_UNEMPLOYED_REGISTRATION -> checks.unemployedRegistration(c);
            case QUERY_CARD -> checks.card(c);
        };
    }

    /** The same answer again; another command reusing a processed id is refused and changes nothing either. */
    private void answerAgain(Envelope original, RegistryCommand cmd, ProcessedCommands.Processed before) {
        if (!before.sameAs(cmd, original.sender())) {
            answer(original, new RegistryEvent(cmd.commandId(), cmd.requestId(), cmd.command(), false,
                    ReasonCode.REQ_IDEMPOTENCY_CONFLICT.code(), null, clock.instant()));
            LOG.warnf("command id %s reused by %s for another command", cmd.commandId(), original.sender());
            return;
        }
        processed.repeated(cmd.commandId());
        answer(original, before.event());
        metrics.counter("egov_registry_commands_total", "command", cmd.command().name(), "outcome", "repeated")
                .increment();
    }

    private void answer(Envelope original, RegistryEvent event) {
        sender.send(Topics.TO_GATEWAY, participantId, gatewayId, MessageType.REGISTRY_EVENT, original.serviceCode(),
                original.correlationId(), original.messageId(), event);
    }
}
