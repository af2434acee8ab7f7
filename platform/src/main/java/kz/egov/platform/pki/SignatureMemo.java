package kz.egov.platform.pki;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import kz.egov.contract.envelope.SealInput;
import kz.egov.contract.reason.RejectedException;
import kz.egov.contract.message.SignerRole;
import kz.egov.eds.verify.EdsVerifier;
import kz.egov.eds.verify.VerifiedSignature;

/**
 * Signature checks done ahead of the transaction, in parallel over a batch, and taken once by the handler. Nothing
 * is skipped: every check is made in full for every message, only earlier and on all cores; a result is used once
 * and within a few seconds of being made, otherwise the check is made again.
 */
@ApplicationScoped
public class SignatureMemo {

    private static final long MAX_AGE_MILLIS = 10_000;
    private static final int MAX_ENTRIES = 20_000;

    private record Outcome(VerifiedSignature verified, RejectedException refused, long madeAt) {
    }

    private final EdsVerifier verifier;
    private final Clock clock;
    private final Map<String, Outcome> outcomes = new ConcurrentHashMap<>();

    SignatureMemo(EdsVerifier verifier, Clock clock) {
        this.verifier = verifier;
        this.clock = clock;
    }

    /** Makes the check now and keeps its outcome for {@link #verify}. */
    public void prepare(byte[] content, byte[] cms, SignerRole role) {
        if (content == null || cms == null || full()) {
            return;
        }
        String key = key(content, cms, role);
        try {
            Instant now = clock.instant();
            outcomes.put(key, new Outcome(verifier.verify(content, cms, now, role), null, now.toEpochMilli()));
        } catch (RejectedException refused) {
            if (!refused.isTransient()) {
                outcomes.put(key, new Outcome(null, refused, clock.millis()));
            }
        } catch (RuntimeException other) {
            // not kept: verify() will make the check itself and report it
        }
    }

    /** Outcomes never taken (a duplicate, a message refused before its check) are dropped once they are stale. */
    private boolean full() {
        if (outcomes.size() < MAX_ENTRIES) {
            return false;
        }
        long now = clock.millis();
        outcomes.values().removeIf(o -> now - o.madeAt() > MAX_AGE_MILLIS);
        return outcomes.size() >= MAX_ENTRIES;
    }

    /** The prepared outcome when there is a fresh one, else the check made now. */
    public VerifiedSignature verify(byte[] content, byte[] cms, SignerRole role) {
        Outcome o = outcomes.remove(key(content, cms, role));
        Instant now = clock.instant();
        if (o != null && now.toEpochMilli() - o.madeAt() <= MAX_AGE_MILLIS) {
            if (o.refused() != null) {
                throw o.refused();
            }
            return o.verified();
        }
        return verifier.verify(content, cms, now, role);
    }

    private static String key(byte[] content, byte[] cms, SignerRole role) {
        return role.name() + ':' + SealInput.sha256Hex(content) + ':' + SealInput.sha256Hex(cms);
    }
}
