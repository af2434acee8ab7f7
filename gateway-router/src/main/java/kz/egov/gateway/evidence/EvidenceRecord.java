package kz.egov.gateway.evidence;

import java.time.Instant;

/** One record of the message log: a message in or out, or a check and its outcome, chained to the previous one. */
public record EvidenceRecord(long seq, String requestId, String messageId, String kind, String subject, String outcome,
        String detail, Instant recordedAt, String prevHash, String hash) {
}
