package kz.egov.gateway.evidence;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import kz.egov.contract.envelope.SealInput;

/** The hash that chains a record to its predecessor: SHA-256 over the previous hash and every field. */
final class EvidenceHash {

    private EvidenceHash() {
    }

    static String of(String prevHash, long seq, String requestId, String messageId, String kind, String subject,
            String outcome, String detail, Instant recordedAt) {
        String s = String.join("\u001f", prevHash, Long.toString(seq), nz(requestId), nz(messageId), kind, subject,
                outcome, detail, recordedAt.toString());
        return SealInput.sha256Hex(s.getBytes(StandardCharsets.UTF_8));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
