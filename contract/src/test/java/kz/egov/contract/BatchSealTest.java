package kz.egov.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import kz.egov.contract.envelope.Envelope;
import kz.egov.contract.envelope.EnvelopeCodec;
import kz.egov.contract.envelope.Envelopes;
import kz.egov.contract.envelope.MessageType;
import kz.egov.contract.envelope.SealInput;
import kz.egov.contract.envelope.SealTree;
import kz.egov.contract.reason.ReasonCode;
import kz.egov.contract.reason.RejectedException;
import kz.egov.contract.seal.Sealer;
import kz.egov.contract.seal.SignerIdentity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Batch seals: one system signature over a hash tree of many envelopes, each envelope carrying its own proof. Every
 * envelope verifies alone, and nothing about one can be changed or borrowed from another.
 */
class BatchSealTest {

    private static final TestKeys KEYS = new TestKeys();

    /** Counts the signatures made. */
    private static final class CountingSealer implements Sealer {
        final AtomicInteger signatures = new AtomicInteger();

        @Override
        public byte[] sealDetached(byte[] content) {
            signatures.incrementAndGet();
            return KEYS.sealDetached(content);
        }

        @Override
        public SignerIdentity identity() {
            return KEYS.identity();
        }
    }

    private static List<Envelope> unsealed(int n) {
        List<Envelope> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(Envelopes.unsealed("gateway", "portal", MessageType.STATUS_CHANGE, "JOB_SEEKER_REGISTRATION",
                    "req-" + i, null, EnvelopeCodec.encode(SampleBodies.of(MessageType.STATUS_CHANGE)), null,
                    SampleBodies.AT));
        }
        return out;
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 3, 5, 8, 9, 100, 257})
    void everyEnvelopeOfABatchVerifiesAloneUnderOneSignature(int size) {
        CountingSealer sealer = new CountingSealer();
        List<Envelope> sealed = Envelopes.sealAll(sealer, unsealed(size));
        assertThat(sealer.signatures).hasValue(1);
        for (Envelope e : sealed) {
            Envelope received = EnvelopeCodec.decode(EnvelopeCodec.encode(e));
            assertThat(Envelopes.verifySeal(received, KEYS, SampleBodies.AT).commonName()).isEqualTo("test");
            assertThat(received.sealProof().length).isLessThanOrEqualTo(33 * (32 - Integer.numberOfLeadingZeros(size - 1)));
        }
        assertThat(sealed.stream().map(Envelope::seal).distinct().count()).isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 7})
    void theSealedJsonMadeFromTheUnsealedJsonIsExactlyTheEncodedSealedEnvelope(int size) {
        List<Envelope> unsealed = new ArrayList<>(unsealed(size));
        Envelope original = Envelopes.sealAll(new CountingSealer(), unsealed(1)).get(0);
        unsealed.add(Envelopes.forwardUnsealed("gateway", "mio-1", EnvelopeCodec.encode(original),
                java.util.Map.of("routing", "Актау \"1\""), SampleBodies.AT));
        List<Envelope> sealed = Envelopes.sealAll(new CountingSealer(), unsealed);
        for (int i = 0; i < sealed.size(); i++) {
            byte[] spliced = EnvelopeCodec.encodeSealed(EnvelopeCodec.encode(unsealed.get(i)), sealed.get(i));
            assertThat(spliced).isEqualTo(EnvelopeCodec.encode(sealed.get(i)));
            Envelope received = EnvelopeCodec.decode(spliced);
            assertThat(Envelopes.verifySeal(received, KEYS, SampleBodies.AT).commonName()).isEqualTo("test");
        }
    }

    @Test
    void jsonThatDoesNotEndAsAnUnsealedEnvelopeIsEncodedInFull() {
        Envelope sealed = Envelopes.sealAll(new CountingSealer(), unsealed(2)).get(1);
        byte[] alreadySealed = EnvelopeCodec.encode(Envelopes.sealAll(new CountingSealer(), unsealed(2)).get(0));
        assertThat(EnvelopeCodec.encodeSealed(alreadySealed, sealed)).isEqualTo(EnvelopeCodec.encode(sealed));
        assertThat(EnvelopeCodec.encodeSealed(new byte[3], sealed)).isEqualTo(EnvelopeCodec.encode(sealed));
    }

    @Test
    void oneEnvelopeAloneIsSealedOverItselfWithoutAProof() {
        Envelope e = Envelopes.sealAll(new CountingSealer(), unsealed(1)).get(0);
        assertThat(e.sealProof()).isNull();
        Envelopes.verifySeal(e, KEYS, SampleBodies.AT);
    }

    @Test
    void aChangedEnvelopeInABatchNoLongerLeadsToTheSignedRoot() {
        Envelope e = Envelopes.sealAll(KEYS, unsealed(4)).get(2);
        Envelope changed = new Envelope(e.schemaVersion(), e.messageId(), e.correlationId(), e.causationId(), e.type(),
                e.serviceCode(), e.sender(), "elsewhere", e.createdAt(), e.body(), e.personSignature(), e.forwarded(),
                e.enrichment(), e.seal(), e.sealProof());
        assertThatThrownBy(() -> Envelopes.verifySeal(changed, KEYS, SampleBodies.AT)).isInstanceOf(RejectedException.class);
    }

    @Test
    void anotherEnvelopesProofDoesNotFit() {
        List<Envelope> batch = Envelopes.sealAll(KEYS, unsealed(4));
        Envelope borrowed = batch.get(0).withSeal(batch.get(0).seal(), batch.get(1).sealProof());
        assertThatThrownBy(() -> Envelopes.verifySeal(borrowed, KEYS, SampleBodies.AT)).isInstanceOf(RejectedException.class);
    }

    @Test
    void aBatchSealWithItsProofRemovedDoesNotVerify() {
        Envelope e = Envelopes.sealAll(KEYS, unsealed(3)).get(1);
        assertThatThrownBy(() -> Envelopes.verifySeal(e.withSeal(e.seal()), KEYS, SampleBodies.AT))
                .isInstanceOf(RejectedException.class);
    }

    @Test
    void anEnvelopeOutsideTheBatchCannotUseItsSeal() {
        Envelope inBatch = Envelopes.sealAll(KEYS, unsealed(2)).get(0);
        Envelope outsider = unsealed(1).get(0).withSeal(inBatch.seal(), inBatch.sealProof());
        assertThatThrownBy(() -> Envelopes.verifySeal(outsider, KEYS, SampleBodies.AT)).isInstanceOf(RejectedException.class);
    }

    @Test
    void aMalformedProofIsRefusedAsAnInvalidSeal() {
        Envelope e = Envelopes.sealAll(KEYS, unsealed(2)).get(0);
        byte[] truncated = Arrays.copyOf(e.sealProof(), e.sealProof().length - 1);
        byte[] badSide = e.sealProof().clone();
        badSide[0] = 7;
        for (byte[] proof : List.of(truncated, badSide)) {
            Envelope bad = e.withSeal(e.seal(), proof);
            assertThatThrownBy(() -> Envelopes.verifySeal(bad, KEYS, SampleBodies.AT))
                    .isInstanceOfSatisfying(RejectedException.class,
                            r -> assertThat(r.reason()).isEqualTo(ReasonCode.MSG_SEAL_INVALID));
        }
    }

    @Test
    void aLeafCannotPassForAnInnerNodeNorARootForASealInput() {
        byte[] a = SealTree.leaf(SealInput.of(unsealed(1).get(0)));
        SealTree.Batch two = SealTree.build(List.of(a, a));
        // the signed content names the scheme: it is never the seal input of an envelope
        assertThat(new String(SealTree.signedContent(two.root()))).startsWith("egov-seal-tree-v1\n");
        assertThat(two.root()).isNotEqualTo(a);
        assertThat(SealTree.rootOf(a, two.proofs().get(1))).isEqualTo(two.root());
    }
}
