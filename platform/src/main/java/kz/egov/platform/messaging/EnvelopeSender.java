package kz.egov.platform.messaging;

import java.time.Clock;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import kz.egov.contract.envelope.Envelope;
import kz.egov.contract.envelope.EnvelopeCodec;
import kz.egov.contract.envelope.Envelopes;
import kz.egov.contract.envelope.MessageType;
import kz.egov.platform.pki.Sealers;

/** Seals envelopes with the sending participant's system key and queues them in the outbox (same transaction). */
@ApplicationScoped
public class EnvelopeSender {

    private final Outbox outbox;
    private final Sealers sealers;
    private final OutboxSealing sealing;
    private final Clock clock;

    EnvelopeSender(Outbox outbox, Sealers sealers, OutboxSealing sealing, Clock clock) {
        this.outbox = outbox;
        this.sealers = sealers;
        this.sealing = sealing;
        this.clock = clock;
    }

    /**
     * A new message with a body record. The envelope is queued unsealed in the outbox and sealed with the sender's
     * key when it is published ({@link OutboxSealing}); the returned envelope has its id but no seal yet.
     */
    public Envelope send(String topic, String sender, String recipient, MessageType type, String serviceCode,
            String correlationId, String causationId, Object body) {
        return queue(topic, Envelopes.unsealed(sender, recipient, type, serviceCode, correlationId, causationId,
                Envelopes.bodyBytes(type, body), null, now()));
    }

    /** A new message whose body is the exact bytes a person signed, with that person's signature. */
    public Envelope sendSigned(String topic, String sender, String recipient, MessageType type, String serviceCode,
            String correlationId, String causationId, byte[] body, byte[] personSignature) {
        return queue(topic, Envelopes.unsealed(sender, recipient, type, serviceCode, correlationId, causationId, body,
                personSignature, now()));
    }

    /**
     * Queues an envelope made beforehand ({@link Envelopes#unsealed}), e.g. when its message id is written with the
     * state it announces; it is sealed when published, as every other.
     */
    public Envelope send(String topic, Envelope unsealed) {
        if (unsealed.seal() != null) {
            throw new IllegalArgumentException("already sealed: " + unsealed.messageId());
        }
        return queue(topic, unsealed);
    }

    /** Forwards an envelope's exact bytes untouched with the forwarder's enrichment. */
    public Envelope forward(String topic, String forwarder, String recipient, byte[] originalBytes, Object enrichment) {
        return queue(topic, Envelopes.forwardUnsealed(forwarder, recipient, originalBytes, enrichment, now()));
    }

    private Envelope queue(String topic, Envelope e) {
        if (!sealers.has(e.sender())) {
            throw new IllegalStateException("no system key to seal as " + e.sender());
        }
        byte[] json = EnvelopeCodec.encode(e);
        outbox.enqueueToSeal(e.messageId(), topic, e.correlationId(), json, e.sender());
        sealing.remember(e, json);
        return e;
    }

    /** The present, from the service's clock (the time a new envelope carries). */
    public Instant now() {
        return clock.instant();
    }
}
