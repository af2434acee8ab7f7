package kz.egov.contract.envelope;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import kz.egov.contract.id.Ids;
import kz.egov.contract.reason.ReasonCode;
import kz.egov.contract.reason.RejectedException;
import kz.egov.contract.seal.Sealer;
import kz.egov.contract.seal.SignatureVerifier;
import kz.egov.contract.seal.SignerIdentity;

/** Making, sealing, forwarding and verifying envelopes. Nobody rewrites a sealed envelope. */
public final class Envelopes {

    private Envelopes() {
    }

    /** A new sealed envelope (the first message of a request, or an answer when {@code causationId} is set). */
    public static Envelope seal(Sealer sealer, String sender, String recipient, MessageType type, String serviceCode,
            String correlationId, String causationId, Object body, byte[] personSignature, Instant now) {
        return sealBytes(sealer, sender, recipient, type, serviceCode, correlationId, causationId,
                bodyBytes(type, body), personSignature, now);
    }

    /** The body's bytes, refusing a record that is not this type's body. */
    public static byte[] bodyBytes(MessageType type, Object body) {
        if (MessageBodies.bodyType(type) != body.getClass()) {
            throw new IllegalArgumentException(type + " does not carry " + body.getClass().getSimpleName());
        }
        return EnvelopeCodec.encode(body);
    }

    /** As {@link #seal} but with the body's exact bytes (e.g. the document a person signed). */
    public static Envelope sealBytes(Sealer sealer, String sender, String recipient, MessageType type,
            String serviceCode, String correlationId, String causationId, byte[] body, byte[] personSignature,
            Instant now) {
        return sealWith(sealer, unsealed(sender, recipient, type, serviceCode, correlationId, causationId, body,
                personSignature, now));
    }

    /** A new envelope without its seal yet (sealed later, e.g. in parallel when it is published). */
    public static Envelope unsealed(String sender, String recipient, MessageType type, String serviceCode,
            String correlationId, String causationId, byte[] body, byte[] personSignature, Instant now) {
        return new Envelope(Envelope.SCHEMA_VERSION, Ids.next(), correlationId, causationId, type,
                serviceCode, sender, recipient, now, body, personSignature, null, null, null, null);
    }

    /** Seals an unsealed envelope with the sender's key. */
    public static Envelope sealWith(Sealer sealer, Envelope unsealed) {
        return unsealed.withSeal(sealer.sealDetached(SealInput.of(unsealed)));
    }

    /**
     * Seals many envelopes of one sender with one signature (a batch seal, {@link SealTree}): each envelope gets the
     * same seal and its own proof, and verifies alone. One envelope is sealed over itself, as {@link #sealWith}.
     */
    public static List<Envelope> sealAll(Sealer sealer, List<Envelope> unsealed) {
        if (unsealed.size() == 1) {
            return List.of(sealWith(sealer, unsealed.get(0)));
        }
        List<byte[]> leaves = new ArrayList<>(unsealed.size());
        for (Envelope e : unsealed) {
            leaves.add(SealTree.leaf(SealInput.of(e)));
        }
        SealTree.Batch tree = SealTree.build(leaves);
        byte[] seal = sealer.sealDetached(SealTree.signedContent(tree.root()));
        List<Envelope> sealed = new ArrayList<>(unsealed.size());
        for (int i = 0; i < unsealed.size(); i++) {
            sealed.add(unsealed.get(i).withSeal(seal, tree.proofs().get(i)));
        }
        return sealed;
    }

    /** The exact bytes the envelope's seal signs: its seal input, or the root of its batch's tree. */
    public static byte[] sealedContent(Envelope e) {
        byte[] input = SealInput.of(e);
        return e.sealProof() == null ? input
                : SealTree.signedContent(SealTree.rootOf(SealTree.leaf(input), e.sealProof()));
    }

    /**
     * A new envelope from the forwarder to {@code recipient} carrying {@code original}'s exact bytes untouched and the
     * forwarder's enrichment, both covered by the forwarder's seal. Type, service and request are the original's; the
     * original's body and person signature travel only inside it (the forward's own body is empty).
     */
    public static Envelope forward(Sealer sealer, String forwarder, String recipient, byte[] originalBytes,
            Object enrichment, Instant now) {
        return sealWith(sealer, forwardUnsealed(forwarder, recipient, originalBytes, enrichment, now));
    }

    /** As {@link #forward} without the seal yet. */
    public static Envelope forwardUnsealed(String forwarder, String recipient, byte[] originalBytes, Object enrichment,
            Instant now) {
        Envelope original = EnvelopeCodec.decode(originalBytes);
        try {
            Utf8TextJson.text(originalBytes);
        } catch (IllegalArgumentException e) {
            throw new RejectedException(ReasonCode.MSG_UNPARSEABLE, "envelope " + original.messageId()
                    + " is not well-formed UTF-8");
        }
        return new Envelope(Envelope.SCHEMA_VERSION, Ids.next(), original.correlationId(),
                original.messageId(), original.type(), original.serviceCode(), forwarder, recipient, now, NO_BODY, null,
                originalBytes, EnvelopeCodec.encode(enrichment), null, null);
    }

    private static final byte[] NO_BODY = new byte[0];

    /**
     * The envelope this one forwards, parsed from its untouched bytes. A forwarding envelope that carries a body or a
     * person signature of its own is refused (MSG_SCHEMA_VIOLATION): they belong to the original alone; one that
     * forwards another request's envelope is refused (MSG_SEAL_INVALID).
     */
    public static Envelope unwrap(Envelope forwarding) {
        if (!forwarding.isForwarding()) {
            throw new IllegalArgumentException(forwarding + " forwards nothing");
        }
        if (forwarding.body().length != 0 || forwarding.personSignature() != null) {
            throw new RejectedException(ReasonCode.MSG_SCHEMA_VIOLATION, "envelope " + forwarding.messageId()
                    + " forwards another but carries a body or person signature of its own");
        }
        Envelope inner = EnvelopeCodec.decode(forwarding.forwarded());
        if (!inner.correlationId().equals(forwarding.correlationId())) {
            throw new RejectedException(ReasonCode.MSG_SEAL_INVALID, "forwarded envelope " + inner.messageId()
                    + " belongs to another request than " + forwarding.messageId());
        }
        return inner;
    }

    /** The envelope whose body this message is about: the original it forwards ({@link #unwrap}), or itself. */
    public static Envelope original(Envelope e) {
        return e.isForwarding() ? unwrap(e) : e;
    }

    /** Checks the sender's seal; returns the sealing certificate's identity. */
    public static SignerIdentity verifySeal(Envelope e, SignatureVerifier verifier, Instant at) {
        if (e.seal() == null) {
            throw new RejectedException(ReasonCode.MSG_SEAL_INVALID, "envelope " + e.messageId() + " has no seal");
        }
        return verifier.verifyDetached(sealedContent(e), e.seal(), at);
    }

    /** Checks the person's signature over the body; returns the signer's identity. */
    public static SignerIdentity verifyPersonSignature(Envelope e, SignatureVerifier verifier, Instant at) {
        if (e.personSignature() == null) {
            throw new RejectedException(ReasonCode.EDS_MALFORMED, "envelope " + e.messageId() + " has no person signature");
        }
        return verifier.verifyDetached(e.body(), e.personSignature(), at);
    }

    /**
     * Verifies a whole forwarding chain, outermost first: each hop's seal, that each hop carries its inner envelope's
     * body and person signature unchanged, and the innermost person signature where there is one.
     */
    public static VerifiedChain verifyChain(Envelope outer, SignatureVerifier verifier, Instant at) {
        return verifyChain(outer, verifier, verifier, at);
    }

    /**
     * As {@link #verifyChain(Envelope, SignatureVerifier, Instant)}, the seals checked by {@code seals} (systems'
     * certificates) and the person's signature by {@code person} (a citizen's, an officer's or an operator's).
     */
    public static VerifiedChain verifyChain(Envelope outer, SignatureVerifier seals, SignatureVerifier person,
            Instant at) {
        SignatureVerifier verifier = seals;
        List<SignerIdentity> sealIds = new ArrayList<>();
        List<Envelope> hops = new ArrayList<>();
        Envelope current = outer;
        while (true) {
            sealIds.add(verifySeal(current, verifier, at));
            hops.add(current);
            if (!current.isForwarding()) {
                break;
            }
            current = unwrap(current);
        }
        SignerIdentity signer = current.personSignature() == null ? null
                : verifyPersonSignature(current, person, at);
        return new VerifiedChain(List.copyOf(hops), List.copyOf(sealIds), signer);
    }

    /**
     * The result of {@link #verifyChain}: the hops outermost first, the identity of each hop's seal, and the
     * person who signed the innermost body (or null).
     */
    public record VerifiedChain(List<Envelope> hops, List<SignerIdentity> seals, SignerIdentity person) {

        public Envelope origin() {
            return hops.get(hops.size() - 1);
        }
    }
}
