package kz.egov.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.UnaryOperator;

import com.fasterxml.jackson.databind.node.ObjectNode;
import kz.egov.contract.envelope.Envelope;
import kz.egov.contract.envelope.EnvelopeCodec;
import kz.egov.contract.envelope.Envelopes;
import kz.egov.contract.envelope.MessageType;
import kz.egov.contract.reason.ReasonCode;
import kz.egov.contract.reason.RejectedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Nobody rewrites a sealed envelope: any change to a header, the body, a nested envelope or an enrichment is caught. */
class EnvelopeTamperingTest {

    private static final TestKeys KEYS = new TestKeys();

    private static Envelope original() {
        byte[] personSignature = KEYS.sealDetached(EnvelopeCodec.encode(SampleBodies.of(MessageType.SERVICE_REQUEST)));
        return Envelopes.seal(KEYS, "portal", "gateway", MessageType.SERVICE_REQUEST, "JOB_SEEKER_REGISTRATION", "req-1",
                null, SampleBodies.of(MessageType.SERVICE_REQUEST), personSignature, SampleBodies.AT);
    }

    private static Envelope forwarded() {
        return Envelopes.forward(KEYS, "gateway", "mio-kyzylorda-city", EnvelopeCodec.encode(original()),
                Map.of("providerId", "mio-kyzylorda-city", "kato", "431010000"), SampleBodies.AT.plusSeconds(1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"messageId", "correlationId", "causationId", "type", "serviceCode", "sender", "recipient",
            "createdAt"})
    void aModifiedHeaderFieldBreaksTheSeal(String field) {
        Envelope tampered = edit(original(), tree -> {
            switch (field) {
                case "type" -> tree.put(field, MessageType.STATUS_CHANGE.name());
                case "createdAt" -> tree.put(field, "2026-11-23T05:10:01Z");
                default -> tree.put(field, "other");
            }
            return tree;
        });
        assertThatThrownBy(() -> Envelopes.verifySeal(tampered, KEYS, SampleBodies.AT))
                .isInstanceOf(RejectedException.class);
    }

    @Test
    void aModifiedBodyBreaksTheSealAndThePersonSignature() {
        Envelope e = original();
        byte[] body = e.body().clone();
        body[body.length / 2] ^= 1;
        Envelope tampered = new Envelope(e.schemaVersion(), e.messageId(), e.correlationId(), e.causationId(), e.type(),
                e.serviceCode(), e.sender(), e.recipient(), e.createdAt(), body, e.personSignature(), null, null, e.seal(), null);
        assertThatThrownBy(() -> Envelopes.verifySeal(tampered, KEYS, SampleBodies.AT)).isInstanceOf(RejectedException.class);
        assertThatThrownBy(() -> Envelopes.verifyPersonSignature(tampered, KEYS, SampleBodies.AT))
                .isInstanceOf(RejectedException.class);
    }

    @Test
    void aForwardedChainVerifiesWholeAndKeepsTheOriginalUntouched() {
        Envelope orig = original();
        byte[] originalBytes = EnvelopeCodec.encode(orig);
        Envelope outer = Envelopes.forward(KEYS, "gateway", "mio-kyzylorda-city", originalBytes,
                Map.of("providerId", "mio-kyzylorda-city"), SampleBodies.AT);
        Envelopes.VerifiedChain chain = Envelopes.verifyChain(outer, KEYS, SampleBodies.AT);
        assertThat(chain.hops()).hasSize(2);
        assertThat(outer.forwarded()).isEqualTo(originalBytes);
        assertThat(chain.origin()).isEqualTo(orig);
        assertThat(chain.origin().sender()).isEqualTo("portal");
        assertThat(chain.person()).isNotNull();
        assertThat(Envelopes.unwrap(outer).messageId()).isEqualTo(outer.causationId());
    }

    @Test
    void aModifiedNestedEnvelopeBreaksTheChain() {
        Envelope outer = forwarded();
        String inner = new String(outer.forwarded(), StandardCharsets.UTF_8).replace("\"recipient\":\"gateway\"",
                "\"recipient\":\"elsewhere\"");
        Envelope tampered = new Envelope(outer.schemaVersion(), outer.messageId(), outer.correlationId(),
                outer.causationId(), outer.type(), outer.serviceCode(), outer.sender(), outer.recipient(),
                outer.createdAt(), outer.body(), outer.personSignature(), inner.getBytes(StandardCharsets.UTF_8),
                outer.enrichment(), outer.seal(), null);
        assertThatThrownBy(() -> Envelopes.verifyChain(tampered, KEYS, SampleBodies.AT)).isInstanceOf(RejectedException.class);
    }

    @Test
    void aResealedOuterEnvelopeCarryingAModifiedOriginalIsCaughtByTheOriginalsSeal() {
        Envelope orig = original();
        Envelope changed = edit(orig, tree -> tree.put("recipient", "elsewhere"));
        Envelope outer = Envelopes.forward(KEYS, "gateway", "mio", EnvelopeCodec.encode(changed), Map.of("x", "y"),
                SampleBodies.AT);
        assertThatThrownBy(() -> Envelopes.verifyChain(outer, KEYS, SampleBodies.AT)).isInstanceOf(RejectedException.class);
    }

    @Test
    void aModifiedEnrichmentBreaksTheForwardersSeal() {
        Envelope outer = forwarded();
        Envelope tampered = edit(outer, tree -> tree.put("enrichment",
                java.util.Base64.getEncoder().encodeToString("{\"providerId\":\"mio-other\"}".getBytes())));
        assertThatThrownBy(() -> Envelopes.verifyChain(tampered, KEYS, SampleBodies.AT)).isInstanceOf(RejectedException.class);
    }

    @Test
    void aForwardCarriesTheOriginalAsTextAndItsBodyOnlyThere() {
        Envelope orig = original();
        byte[] originalBytes = EnvelopeCodec.encode(orig);
        Envelope outer = Envelopes.forward(KEYS, "gateway", "mio-kyzylorda-city", originalBytes, Map.of("k", "v"),
                SampleBodies.AT);
        assertThat(outer.body()).isEmpty();
        assertThat(outer.personSignature()).isNull();
        byte[] wire = EnvelopeCodec.encode(outer);
        // the original travels as its JSON text (escaped), not base64, and its body and signature once
        assertThat(EnvelopeCodec.json().valueToTree(outer).path("forwarded").asText())
                .isEqualTo(new String(originalBytes, StandardCharsets.UTF_8));
        assertThat(wire.length).isLessThan(originalBytes.length + 4 * orig.seal().length);
        Envelope read = EnvelopeCodec.decode(wire);
        assertThat(read.forwarded()).isEqualTo(originalBytes);
        assertThat(Envelopes.verifyChain(read, KEYS, SampleBodies.AT).person()).isNotNull();
    }

    @Test
    void aForwardCarryingABodyOfItsOwnIsRefused() {
        Envelope outer = forwarded();
        Envelope withBody = Envelopes.sealWith(KEYS, new Envelope(outer.schemaVersion(), outer.messageId(),
                outer.correlationId(), outer.causationId(), outer.type(), outer.serviceCode(), outer.sender(),
                outer.recipient(), outer.createdAt(), original().body(), original().personSignature(), outer.forwarded(),
                outer.enrichment(), null, null));
        assertThatThrownBy(() -> Envelopes.verifyChain(withBody, KEYS, SampleBodies.AT))
                .isInstanceOfSatisfying(RejectedException.class,
                        r -> assertThat(r.reason()).isEqualTo(ReasonCode.MSG_SCHEMA_VIOLATION));
    }

    @Test
    void aForwardOfAnotherRequestsEnvelopeIsRefused() {
        Envelope outer = forwarded();
        Envelope relabelled = Envelopes.sealWith(KEYS, new Envelope(outer.schemaVersion(), outer.messageId(),
                "another-request", outer.causationId(), outer.type(), outer.serviceCode(), outer.sender(),
                outer.recipient(), outer.createdAt(), outer.body(), null, outer.forwarded(), outer.enrichment(), null,
                null));
        assertThatThrownBy(() -> Envelopes.verifyChain(relabelled, KEYS, SampleBodies.AT))
                .isInstanceOfSatisfying(RejectedException.class,
                        r -> assertThat(r.reason()).isEqualTo(ReasonCode.MSG_SEAL_INVALID));
    }

    @Test
    void anEnvelopeOfAnotherSchemaVersionIsRefused() {
        ObjectNode tree = EnvelopeCodec.json().valueToTree(original());
        tree.put("schemaVersion", 1);
        assertThatThrownBy(() -> EnvelopeCodec.decode(EnvelopeCodec.encode(tree)))
                .isInstanceOfSatisfying(RejectedException.class,
                        r -> assertThat(r.reason()).isEqualTo(ReasonCode.MSG_UNSUPPORTED_VERSION));
    }

    @Test
    void forwardedBytesComeBackByteForByte() {
        byte[] text = "{\"a\":\"Қызылорда \\\" \\\\ ✓\"}\t\n\u0001 \uD83D\uDE00".getBytes(StandardCharsets.UTF_8);
        Envelope e = new Envelope(Envelope.SCHEMA_VERSION, "m-1", "req-1", null, MessageType.SERVICE_REQUEST, null,
                "gateway", "mio", SampleBodies.AT, new byte[0], null, text, null, null, null);
        assertThat(EnvelopeCodec.decode(EnvelopeCodec.encode(e)).forwarded()).isEqualTo(text);
    }

    @Test
    void anOriginalThatIsNotWellFormedUtf8IsNotForwarded() {
        byte[] bytes = EnvelopeCodec.encode(original());
        byte[] broken = java.util.Arrays.copyOf(bytes, bytes.length + 1);
        broken[broken.length - 1] = (byte) 0xC3; // a lone lead byte after the JSON object
        assertThatThrownBy(() -> Envelopes.forward(KEYS, "gateway", "mio", broken, Map.of(), SampleBodies.AT))
                .isInstanceOfSatisfying(RejectedException.class,
                        r -> assertThat(r.reason()).isEqualTo(ReasonCode.MSG_UNPARSEABLE));
    }

    private static Envelope edit(Envelope e, UnaryOperator<ObjectNode> change) {
        ObjectNode tree = EnvelopeCodec.json().valueToTree(e);
        return EnvelopeCodec.decode(EnvelopeCodec.encode(change.apply(tree)));
    }
}
