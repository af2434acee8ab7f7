package kz.egov.gateway.evidence;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Walks the whole message log and recomputes the chain: an altered record breaks its own hash, a removed one breaks
 * the sequence or the link, a removed tail disagrees with the chain head.
 */
@ApplicationScoped
public class EvidenceVerifier {

    /** What a verification found. */
    public record Verification(boolean intact, long records, List<String> problems) {
    }

    private final EvidenceLog log;

    EvidenceVerifier(EvidenceLog log) {
        this.log = log;
    }

    public Verification verify() {
        List<String> problems = new ArrayList<>();
        String prev = "0".repeat(64);
        long expectedSeq = 1;
        long count = 0;
        while (true) {
            List<EvidenceRecord> page = log.page(expectedSeq - 1, 1000);
            if (page.isEmpty()) {
                break;
            }
            for (EvidenceRecord r : page) {
                if (r.seq() != expectedSeq) {
                    problems.add("records " + expectedSeq + ".." + (r.seq() - 1) + " are missing");
                }
                if (!r.prevHash().equals(prev)) {
                    problems.add("record " + r.seq() + " does not link to its predecessor");
                }
                String recomputed = EvidenceHash.of(r.prevHash(), r.seq(), r.requestId(), r.messageId(), r.kind(),
                        r.subject(), r.outcome(), r.detail(), r.recordedAt());
                if (!recomputed.equals(r.hash())) {
                    problems.add("record " + r.seq() + " was altered");
                }
                prev = r.hash();
                expectedSeq = r.seq() + 1;
                count++;
            }
        }
        Object[] head = log.head();
        long headSeq = ((Number) head[0]).longValue();
        if (headSeq != expectedSeq - 1 || !((String) head[1]).trim().equals(prev)) {
            problems.add("the chain ends at " + (expectedSeq - 1) + " but its head says " + headSeq);
        }
        return new Verification(problems.isEmpty(), count, problems);
    }
}
