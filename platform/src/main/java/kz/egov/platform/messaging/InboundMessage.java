package kz.egov.platform.messaging;

import kz.egov.contract.envelope.Envelope;
import kz.egov.contract.envelope.EnvelopeCodec;

/**
 * A message as it arrived from Kafka: its topic, key, message id header (null when missing) and the exact bytes; the
 * envelope read from them is kept, so preparing and handling a message read its JSON once.
 */
public final class InboundMessage {

    private final String topic;
    private final String key;
    private final String messageId;
    private final byte[] payload;
    private volatile Envelope envelope;

    public InboundMessage(String topic, String key, String messageId, byte[] payload) {
        this.topic = topic;
        this.key = key;
        this.messageId = messageId;
        this.payload = payload;
    }

    public String topic() {
        return topic;
    }

    public String key() {
        return key;
    }

    public String messageId() {
        return messageId;
    }

    public byte[] payload() {
        return payload;
    }

    /** The payload read as an envelope (once; a payload that is not one throws each time it is asked). */
    public Envelope envelope() {
        Envelope e = envelope;
        if (e == null) {
            e = EnvelopeCodec.decode(payload);
            envelope = e;
        }
        return e;
    }

    @Override
    public String toString() {
        return "InboundMessage[" + topic + ", " + messageId + ", " + payload.length + " bytes]";
    }
}
