package kz.egov.contract.envelope;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import kz.egov.contract.reason.ReasonCode;
import kz.egov.contract.reason.RejectedException;

/** The JSON form of envelopes and bodies (byte arrays as base64, instants as ISO-8601). */
public final class EnvelopeCodec {

    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE);

    private EnvelopeCodec() {
    }

    /** The mapper the contract uses; other modules use it for bodies so every JSON form is the same. */
    public static ObjectMapper json() {
        return JSON;
    }

    public static byte[] encode(Object value) {
        try {
            return JSON.writeValueAsBytes(value);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot encode " + value.getClass().getSimpleName(), e);
        }
    }

    /** How the JSON of an envelope without a seal ends ({@code seal} and {@code sealProof} are its last fields). */
    private static final byte[] UNSEALED_END = ",\"seal\":null,\"sealProof\":null}".getBytes(StandardCharsets.US_ASCII);

    /**
     * The JSON of {@code sealed}, made from the JSON of the same envelope before it was sealed: the unsealed bytes up
     * to their seal fields, then the seal and its proof. The same bytes as {@link #encode}{@code (sealed)} without
     * encoding the envelope again (a sender encodes each envelope once for its outbox, and the forward of the
     * gateway is the largest message there is). Falls back to {@link #encode} if {@code unsealedJson} does not end
     * as an unsealed envelope does.
     */
    public static byte[] encodeSealed(byte[] unsealedJson, Envelope sealed) {
        int prefix = unsealedJson.length - UNSEALED_END.length;
        if (sealed.seal() == null || prefix <= 0
                || !Arrays.equals(unsealedJson, prefix, unsealedJson.length, UNSEALED_END, 0, UNSEALED_END.length)) {
            return encode(sealed);
        }
        Base64.Encoder base64 = Base64.getEncoder();
        byte[] seal = base64.encode(sealed.seal());
        byte[] proof = sealed.sealProof() == null ? null : base64.encode(sealed.sealProof());
        ByteArrayOutputStream out = new ByteArrayOutputStream(prefix + seal.length + (proof == null ? 0 : proof.length) + 32);
        out.write(unsealedJson, 0, prefix);
        writeAscii(out, ",\"seal\":\"");
        out.write(seal, 0, seal.length);
        if (proof == null) {
            writeAscii(out, "\",\"sealProof\":null}");
        } else {
            writeAscii(out, "\",\"sealProof\":\"");
            out.write(proof, 0, proof.length);
            writeAscii(out, "\"}");
        }
        return out.toByteArray();
    }

    private static void writeAscii(ByteArrayOutputStream out, String s) {
        byte[] b = s.getBytes(StandardCharsets.US_ASCII);
        out.write(b, 0, b.length);
    }

    /** Parses an envelope; one of another schema version is refused with MSG_UNSUPPORTED_VERSION. */
    public static Envelope decode(byte[] json) {
        Envelope e = decode(json, Envelope.class);
        if (e.schemaVersion() != Envelope.SCHEMA_VERSION) {
            throw new RejectedException(ReasonCode.MSG_UNSUPPORTED_VERSION, "envelope schema version "
                    + e.schemaVersion() + "; this service reads version " + Envelope.SCHEMA_VERSION);
        }
        return e;
    }

    /** Parses JSON into a record; anything that is not valid JSON of that shape is refused with MSG_UNPARSEABLE. */
    public static <T> T decode(byte[] json, Class<T> type) {
        try {
            T value = JSON.readValue(json, type);
            if (value == null) {
                throw new RejectedException(ReasonCode.MSG_UNPARSEABLE, "empty " + type.getSimpleName());
            }
            return value;
        } catch (IOException | RuntimeException e) {
            if (e instanceof RejectedException r) {
                throw r;
            }
            throw new RejectedException(ReasonCode.MSG_UNPARSEABLE,
                    "not a valid " + type.getSimpleName() + ": " + firstLine(e.getMessage()), e);
        }
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
