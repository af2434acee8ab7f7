package kz.egov.mio.inbox;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import io.micrometer.core.instrument.MeterRegistry;
import kz.egov.catalog.ServiceCatalog;
import kz.egov.contract.message.Channel;
import kz.egov.catalog.model.Variant;
import kz.egov.contract.envelope.Envelope;
import kz.egov.contract.envelope.EnvelopeCodec;
import kz.egov.contract.envelope.Envelopes;
import kz.egov.contract.envelope.MessageType;
import kz.egov.contract.message.ServiceRequest;
import kz.egov.contract.reason.ReasonCode;
import kz.egov.contract.reason.RejectedException;
import kz.egov.contract.schema.BodyValidator;
import kz.egov.contract.status.BusinessStatus;
import kz.egov.mio.deadline.Deadlines;
import kz.egov.mio.provider.Provider;
import kz.egov.mio.provider.Providers;
import kz.egov.mio.workflow.Cases;
import kz.egov.mio.workflow.GatewayOutbox;
import kz.egov.mio.workflow.Plan;
import kz.egov.mio.workflow.ServiceCase;
import kz.egov.mio.workflow.Workflow;
import kz.egov.platform.messaging.EnvelopeHandler;
import kz.egov.platform.messaging.GatewayEnvelopes;
import kz.egov.platform.messaging.InboundMessage;

/**
 * The inbox of every hosted provider: a request forwarded by the gateway is checked, registered under an incoming
 * number with its date, and acknowledged with «поступившие» in the same message — all in the inbound transaction, so
 * exactly once. What cannot be taken is refused back to the origin with its reason code.
 */
@ApplicationScoped
public class ServiceRequestInbox implements EnvelopeHandler {

    private final GatewayEnvelopes gateway;
    private final Providers providers;
    private final ServiceCatalog catalog;
    private final RequestSignatures signatures;
    private final IncomingNumbers numbers;
    private final Cases cases;
    private final Workflow workflow;
    private final GatewayOutbox outbox;
    private final Deadlines deadlines;
    private final MeterRegistry metrics;

    ServiceRequestInbox(GatewayEnvelopes gateway, Providers providers, ServiceCatalog catalog,
            RequestSignatures signatures, IncomingNumbers numbers, Cases cases, Workflow workflow,
            GatewayOutbox outbox, Deadlines deadlines, MeterRegistry metrics) {
        this.gateway = gateway;
        this.providers = providers;
        this.catalog = catalog;
        this.signatures = signatures;
        this.numbers = numbers;
        this.cases = cases;
        this.workflow = workflow;
        this.outbox = outbox;
        this.deadlines = deadlines;
        this.metrics = metrics;
    }

    @Override
    public Set<MessageType> types() {
        return Set.of(MessageType.SERVICE_REQUEST);
    }

    /** The person's EDS on the forwarded original, checked ahead of the transaction on all cores. */
    @Override
    public void prepare(Envelope envelope) {
        if (envelope.isForwarding()) {
            signatures.prepare(Envelopes.unwrap(envelope));
        }
    }

    @Override
    public void handle(Envelope envelope, InboundMessage raw) {
        GatewayEnvelopes.Received received = gateway.receive(envelope);
        Provider provider = providers.find(envelope.recipient()).filter(p -> p.active).orElseThrow(() ->
                new RejectedException(ReasonCode.MSG_NOT_PERMITTED, "not a provider hosted here: " + envelope.recipient()));
        Envelope original = received.original();
        if (cases.find(original.correlationId()).isPresent()) {
            return; // the same request forwarded again: already registered
        }
        try {
            ServiceRequest request = BodyValidator.parse(MessageType.SERVICE_REQUEST, original.body(), ServiceRequest.class);
            GatewayEnrichment enrichment = received.enrichment(GatewayEnrichment.class);
            Variant variant = variant(request, enrichment, provider);
            signatures.check(original, request, provider);
            register(envelope, original, request, enrichment, variant, provider);
        } catch (RejectedException refused) {
            if (refused.isTransient()) {
                throw refused; // tried again: no refusal of the request when its signature's status is unknown now
            }
            outbox.reject(provider.id, original.serviceCode(), original.correlationId(), envelope.messageId(),
                    refused.reason().code(), refused.detail());
        }
    }

    private Variant variant(ServiceRequest request, GatewayEnrichment enrichment, Provider provider) {
        if (enrichment.routing() == null || enrichment.routing().variantCode() == null) {
            throw new RejectedException(ReasonCode.MSG_SCHEMA_VIOLATION, "no routing decision in the gateway's enrichment");
        }
        if (!provider.id.equals(enrichment.routing().providerId())) {
            throw new RejectedException(ReasonCode.MSG_NOT_PERMITTED, "routed to another provider");
        }
        Variant variant;
        try {
            variant = catalog.variant(enrichment.routing().variantCode());
        } catch (java.util.NoSuchElementException e) {
            throw new RejectedException(ReasonCode.SERVICE_UNKNOWN, "unknown variant " + enrichment.routing().variantCode());
        }
        if (!variant.baseService().equals(request.serviceCode())
                || !variant.hasChannel(request.channel())) {
            throw new RejectedException(ReasonCode.SERVICE_NOT_ON_CHANNEL, variant.code() + " on " + request.channel());
        }
        return variant;
    }

    private void register(Envelope forwarded, Envelope original, ServiceRequest request, GatewayEnrichment enrichment,
            Variant variant, Provider provider) {
        ServiceCase c = new ServiceCase();
        c.requestId = request.requestId();
        c.providerId = provider.id;
        c.serviceCode = request.serviceCode();
        c.variantCode = variant.code();
        c.channel = request.channel().name();
        c.origin = enrichment.origin();
        c.applicantIin = request.applicant().iin();
        c.packageId = request.packageId();
        c.language = "kk".equals(request.language()) ? "kk" : "ru";
        c.receivedAt = deadlines.now();
        c.incomingNumber = numbers.next(provider.id, c.receivedAt);
        c.gatewayMessageId = forwarded.messageId();
        c.requestDocument = original.body();
        c.personSignature = original.personSignature();
        // the original's exact bytes as the gateway forwarded them (not encoded again)
        c.originalEnvelope = forwarded.isForwarding() ? forwarded.forwarded() : EnvelopeCodec.encode(original);
        c.enrichment = forwarded.enrichment();
        Plan plan = Plan.of(variant, Channel.valueOf(c.channel));
        workflow.note(c, plan, -1, "RECEIVED", "incoming number " + c.incomingNumber);
        workflow.start(c, plan);
        outbox.acknowledge(c, BusinessStatus.RECEIVED, Workflow.SYSTEM, "incoming number " + c.incomingNumber);
        cases.persist(c);
        metrics.counter("egov_mio_cases_received_total", "provider", provider.id, "variant", variant.code(),
                "channel", c.channel).increment();
    }
}
