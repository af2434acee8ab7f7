package kz.egov.platform.http;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;

import kz.egov.contract.envelope.SealInput;
import kz.egov.contract.seal.Sealer;

/**
 * How one participant system calls another's REST API (the gateway's attachment store and person lookup): the call
 * carries the caller's participant id, a timestamp, and the caller's system seal over the method, path, timestamp
 * and body hash. No shared secrets; the same certificates that seal envelopes.
 */
public final class SealedCall {

    public static final String PARTICIPANT = "X-Egov-Participant";
    public static final String TIMESTAMP = "X-Egov-Timestamp";
    public static final String SEAL = "X-Egov-Seal";

    private SealedCall() {
    }

    /** The exact bytes the caller seals. */
    public static byte[] signingInput(String method, String pathAndQuery, String timestamp, byte[] body) {
        String s = "egov-call-v1\n" + method.toUpperCase() + "\n" + pathAndQuery + "\n" + timestamp + "\n"
                + SealInput.sha256Hex(body == null ? new byte[0] : body) + "\n";
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** The headers of a sealed call made at {@code at}. */
    public static Map<String, String> headers(Sealer sealer, String participantId, String method, String pathAndQuery,
            Instant at, byte[] body) {
        String ts = at.toString();
        byte[] seal = sealer.sealDetached(signingInput(method, pathAndQuery, ts, body));
        return Map.of(PARTICIPANT, participantId, TIMESTAMP, ts, SEAL, Base64.getEncoder().encodeToString(seal));
    }
}
