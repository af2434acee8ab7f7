package kz.egov.platform.messaging;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import kz.egov.contract.envelope.Envelope;
import kz.egov.contract.envelope.EnvelopeCodec;
import kz.egov.contract.envelope.Envelopes;
import kz.egov.contract.envelope.MessageType;
import kz.egov.platform.pki.Sealers;

/** Seals envelopes with the sending participant's system key and queues them in the outbox (same transaction). */
@ApplicationScoped
public class EnvelopeSender {

    @Inject
    Outbox outbox;

    @Inject
    Sealers sealers;

    /** A new message with a body record. */
    public Envelope send(String topic, String sender, String recipient, MessageType type, String serviceCode,
            String correlationId, String causationId, Object body) {
        Envelope e = Envelopes.seal(sealers.forParticipant(sender), sender, recipient, type, serviceCode, correlationId,
                causationId, body, null, now());
        return queue(topic, e);
    }

    /** A new message whose body is the exact bytes a person signed, with that person's signature. */
    public Envelope sendSigned(String topic, String sender, String recipient, MessageType type, String serviceCode,
            String correlationId, String causationId, byte[] body, byte[] personSignature) {
        Envelope e = Envelopes.sealBytes(sealers.forParticipant(sender), sender, recipient, type, serviceCode,
                correlationId, causationId, body, personSignature, now());
        return queue(topic, e);
    }

    /** Forwards an envelope's exact bytes untouched with the forwarder's enrichment. */
    public Envelope forward(String topic, String forwarder, String recipient, byte[] originalBytes, Object enrichment) {
        Envelope e = Envelopes.forward(sealers.forParticipant(forwarder), forwarder, recipient, originalBytes,
                enrichment, now());
        return queue(topic, e);
    }

    private Envelope queue(String topic, Envelope e) {
        outbox.enqueue(e.messageId(), topic, e.correlationId(), EnvelopeCodec.encode(e));
        return e;
    }

    public Instant now() {
        return Instant.now();
    }
}
