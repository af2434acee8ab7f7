package kz.egov.contract.envelope;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import kz.egov.contract.reason.ReasonCode;
import kz.egov.contract.reason.RejectedException;

/**
 * A batch seal: one system signature over the root of a hash tree whose leaves are the {@link SealInput}s of many
 * envelopes; each envelope carries its own audit path ({@link Envelope#sealProof()}), so it verifies alone. The
 * tree is hashed as in RFC 6962 (a 0x00 prefix for leaves and 0x01 for inner nodes, so a leaf can never pass for a
 * node), and the signed content names the scheme, so a tree root can never pass for another kind of signed input.
 *
 * <p>A proof is a sequence of 33-byte steps, leaf to root: one byte saying on which side the sibling is
 * ({@link #SIBLING_LEFT} or {@link #SIBLING_RIGHT}) and the sibling's 32-byte hash.
 */
public final class SealTree {

    public static final byte SIBLING_LEFT = 0;
    public static final byte SIBLING_RIGHT = 1;
    private static final int HASH = 32;
    private static final int STEP = HASH + 1;
    /** Deeper than any batch a relay makes (2^32 leaves); a longer proof is malformed. */
    private static final int MAX_DEPTH = 32;
    private static final String SIGNED_PREFIX = "egov-seal-tree-v1\n";

    private SealTree() {
    }

    /** The tree of a batch: its root and, for each leaf in order, the proof from that leaf to the root. */
    public record Batch(byte[] root, List<byte[]> proofs) {
    }

    public static byte[] leaf(byte[] sealInput) {
        MessageDigest d = sha256();
        d.update((byte) 0);
        return d.digest(sealInput);
    }

    private static byte[] node(byte[] left, byte[] right) {
        MessageDigest d = sha256();
        d.update((byte) 1);
        d.update(left);
        return d.digest(right);
    }

    /** What the sealer signs for a tree: the scheme's name and the root in hex. */
    public static byte[] signedContent(byte[] root) {
        return (SIGNED_PREFIX + HexFormat.of().formatHex(root) + "\n").getBytes(StandardCharsets.US_ASCII);
    }

    /**
     * Builds the tree over the leaves (in order). An odd node at the end of a level is carried up unchanged, so every
     * proof is at most ceil(log2 n) steps.
     */
    public static Batch build(List<byte[]> leaves) {
        if (leaves.isEmpty()) {
            throw new IllegalArgumentException("a tree needs at least one leaf");
        }
        int n = leaves.size();
        List<ByteArrayOutputStream> proofs = new ArrayList<>(n);
        int[] position = new int[n];
        for (int i = 0; i < n; i++) {
            proofs.add(new ByteArrayOutputStream(STEP * 8));
            position[i] = i;
        }
        List<byte[]> level = new ArrayList<>(leaves);
        while (level.size() > 1) {
            List<byte[]> up = new ArrayList<>((level.size() + 1) / 2);
            for (int i = 0; i < level.size(); i += 2) {
                up.add(i + 1 < level.size() ? node(level.get(i), level.get(i + 1)) : level.get(i));
            }
            for (int leaf = 0; leaf < n; leaf++) {
                int p = position[leaf];
                int sibling = p ^ 1;
                if (sibling < level.size()) {
                    proofs.get(leaf).write(p % 2 == 0 ? SIBLING_RIGHT : SIBLING_LEFT);
                    proofs.get(leaf).writeBytes(level.get(sibling));
                }
                position[leaf] = p / 2;
            }
            level = up;
        }
        return new Batch(level.get(0), proofs.stream().map(ByteArrayOutputStream::toByteArray).toList());
    }

    /**
     * The root a leaf and its proof lead to.
     *
     * @throws RejectedException MSG_SEAL_INVALID when the proof is not a sequence of well-formed steps
     */
    public static byte[] rootOf(byte[] leaf, byte[] proof) {
        if (proof.length % STEP != 0 || proof.length / STEP > MAX_DEPTH) {
            throw new RejectedException(ReasonCode.MSG_SEAL_INVALID, "malformed seal proof");
        }
        byte[] current = leaf;
        for (int off = 0; off < proof.length; off += STEP) {
            byte side = proof[off];
            byte[] sibling = java.util.Arrays.copyOfRange(proof, off + 1, off + STEP);
            if (side == SIBLING_LEFT) {
                current = node(sibling, current);
            } else if (side == SIBLING_RIGHT) {
                current = node(current, sibling);
            } else {
                throw new RejectedException(ReasonCode.MSG_SEAL_INVALID, "malformed seal proof");
            }
        }
        return current;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
