package kz.egov.contract.envelope;

import java.time.Instant;
import java.util.Objects;

/**
 * The signed envelope every message travels in.
 *
 * @param schemaVersion   version of the envelope and body schemas ({@link #SCHEMA_VERSION})
 * @param messageId       unique id of this message: the idempotency key of every receiver's inbox
 * @param correlationId   the request this message belongs to (the Kafka key)
 * @param causationId     the message this one answers, or null for the first message of a request
 * @param type            what the body is
 * @param serviceCode     the base service (catalog code) where the message is about a service request, else null
 * @param sender          participant id of the sender (who sealed it)
 * @param recipient       participant id of the recipient
 * @param createdAt       when the sender created it
 * @param body            the body as the exact bytes that were signed (UTF-8 JSON of the type's body record); empty in
 *                        an envelope that forwards another (the body is the forwarded envelope's, and only there)
 * @param personSignature a person's detached CMS over {@code body} (citizen, operator or officer), or null; null in an
 *                        envelope that forwards another
 * @param forwarded       the exact bytes of an envelope this one forwards untouched (the gateway's hop), carried as
 *                        their UTF-8 text ({@link kz.egov.contract.schema.Utf8Text}), or null
 * @param enrichment      the forwarder's added data (exact bytes of JSON; for the gateway: ГБД ФЛ data used, routing
 *                        decision, signature-check time), covered by its seal, or null
 * @param seal            the sender's system seal: a detached CMS over {@link SealInput#of(Envelope)}, or, for an
 *                        envelope sealed in a batch, over {@link SealTree#signedContent} of the batch's tree root
 * @param sealProof       for a batch seal, this envelope's path from its leaf to the signed root ({@link SealTree});
 *                        null for a seal over this envelope alone
 */
public record Envelope(
        int schemaVersion,
        String messageId,
        String correlationId,
        String causationId,
        MessageType type,
        String serviceCode,
        String sender,
        String recipient,
        Instant createdAt,
        byte[] body,
        byte[] personSignature,
        @kz.egov.contract.schema.Utf8Text byte[] forwarded,
        byte[] enrichment,
        byte[] seal,
        @kz.egov.contract.schema.Nullable byte[] sealProof) {

    /**
     * Version 2: a forwarding envelope carries the original's bytes as text and the original's body and person
     * signature only there (version 1 carried them base64 and twice). Receivers refuse any other version.
     */
    public static final int SCHEMA_VERSION = 2;

    public Envelope {
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(correlationId, "correlationId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(sender, "sender");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(body, "body");
    }

    /** The same envelope with the given seal over itself alone. */
    public Envelope withSeal(byte[] newSeal) {
        return withSeal(newSeal, null);
    }

    /** The same envelope with the given seal and, for a batch seal, its proof. */
    public Envelope withSeal(byte[] newSeal, byte[] proof) {
        return new Envelope(schemaVersion, messageId, correlationId, causationId, type, serviceCode, sender, recipient,
                createdAt, body, personSignature, forwarded, enrichment, newSeal, proof);
    }

    @com.fasterxml.jackson.annotation.JsonIgnore
    public boolean isForwarding() {
        return forwarded != null;
    }

    // records compare arrays by reference; envelopes are compared by content
    @Override
    public boolean equals(Object o) {
        return o instanceof Envelope e && schemaVersion == e.schemaVersion && messageId.equals(e.messageId)
                && correlationId.equals(e.correlationId) && Objects.equals(causationId, e.causationId)
                && type == e.type && Objects.equals(serviceCode, e.serviceCode) && sender.equals(e.sender)
                && recipient.equals(e.recipient) && createdAt.equals(e.createdAt)
                && java.util.Arrays.equals(body, e.body) && java.util.Arrays.equals(personSignature, e.personSignature)
                && java.util.Arrays.equals(forwarded, e.forwarded) && java.util.Arrays.equals(enrichment, e.enrichment)
                && java.util.Arrays.equals(seal, e.seal) && java.util.Arrays.equals(sealProof, e.sealProof);
    }

    @Override
    public int hashCode() {
        return Objects.hash(messageId, java.util.Arrays.hashCode(body), java.util.Arrays.hashCode(seal));
    }

    @Override
    public String toString() {
        return "Envelope[" + type + " " + messageId + " " + sender + "->" + recipient + " request " + correlationId + "]";
    }
}
