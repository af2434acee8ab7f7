package kz.egov.platform.messaging;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import kz.egov.contract.envelope.Envelope;
import kz.egov.contract.envelope.MessageType;
import kz.egov.contract.reason.ReasonCode;
import kz.egov.contract.reason.RejectedException;

/**
 * Reads each inbound message as an envelope and hands it to the service's handler for its type. A message that is
 * not an envelope, or of a type this service does not take, is refused (and kept as a dead letter).
 */
@ApplicationScoped
public class EnvelopeDispatcher implements InboundHandler {

    private final Map<MessageType, EnvelopeHandler> handlers = new EnumMap<>(MessageType.class);

    @Inject
    public EnvelopeDispatcher(Instance<EnvelopeHandler> all) {
        for (EnvelopeHandler h : all) {
            for (MessageType t : h.types()) {
                EnvelopeHandler previous = handlers.put(t, h);
                if (previous != null) {
                    throw new IllegalStateException("two handlers for " + t + ": " + previous + ", " + h);
                }
            }
        }
    }

    private final java.util.concurrent.ForkJoinPool workers =
            new java.util.concurrent.ForkJoinPool(Runtime.getRuntime().availableProcessors());

    @Override
    public void prepare(java.util.List<InboundMessage> batch) {
        if (batch.size() < 2) {
            return;
        }
        workers.submit(() -> batch.parallelStream().forEach(this::prepareOne)).join();
    }

    private void prepareOne(InboundMessage message) {
        try {
            Envelope envelope = message.envelope();
            EnvelopeHandler handler = handlers.get(envelope.type());
            if (handler != null) {
                handler.prepare(envelope);
            }
        } catch (RuntimeException ignored) {
            // reported by handle()
        }
    }

    /** Hands each handler its envelopes of the batch (a message that is not an envelope is left to handle()). */
    @Override
    public void begin(List<InboundMessage> batch) {
        Map<EnvelopeHandler, List<Envelope>> byHandler = new LinkedHashMap<>();
        for (InboundMessage message : batch) {
            Envelope envelope;
            try {
                envelope = message.envelope();
            } catch (RuntimeException unreadable) {
                continue;
            }
            EnvelopeHandler handler = envelope.type() == null ? null : handlers.get(envelope.type());
            if (handler != null) {
                byHandler.computeIfAbsent(handler, h -> new ArrayList<>()).add(envelope);
            }
        }
        byHandler.forEach(EnvelopeHandler::begin);
    }

    @Override
    public void end() {
        new LinkedHashSet<>(handlers.values()).forEach(EnvelopeHandler::end);
    }

    @Override
    public void handle(InboundMessage message) {
        Envelope envelope = message.envelope();
        if (!envelope.messageId().equals(message.messageId())) {
            throw new RejectedException(ReasonCode.MSG_UNPARSEABLE, "message id header differs from the envelope's");
        }
        EnvelopeHandler handler = handlers.get(envelope.type());
        if (handler == null) {
            throw new RejectedException(ReasonCode.MSG_NOT_PERMITTED, "this service does not take " + envelope.type());
        }
        handler.handle(envelope, message);
    }
}
