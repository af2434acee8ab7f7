package kz.egov.contract.envelope;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The exact bytes a system seal covers: every header field, and the SHA-256 of the body, the person's signature,
 * the forwarded envelope and the enrichment. Line-based and unambiguous (fields cannot contain a newline), so it
 * never depends on how a JSON library orders or escapes fields.
 */
public final class SealInput {

    private static final String VERSION_TAG = "egov-seal-v1";

    private SealInput() {
    }

    public static byte[] of(Envelope e) {
        StringBuilder s = new StringBuilder(512);
        line(s, VERSION_TAG);
        line(s, Integer.toString(e.schemaVersion()));
        line(s, e.messageId());
        line(s, e.correlationId());
        line(s, e.causationId());
        line(s, e.type().name());
        line(s, e.serviceCode());
        line(s, e.sender());
        line(s, e.recipient());
        line(s, e.createdAt().toString());
        line(s, sha256Hex(e.body()));
        line(s, sha256Hex(e.personSignature()));
        line(s, sha256Hex(e.forwarded()));
        line(s, sha256Hex(e.enrichment()));
        return s.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void line(StringBuilder s, String value) {
        if (value != null && (value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0)) {
            throw new IllegalArgumentException("header field contains a line break");
        }
        s.append(value == null ? "-" : value).append('\n');
    }

    public static String sha256Hex(byte[] data) {
        if (data == null) {
            return "-";
        }
        return HexFormat.of().formatHex(sha256(data));
    }

    public static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }
}
