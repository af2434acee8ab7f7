package kz.egov.eds.ocsp;

import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import kz.egov.contract.reason.RejectedException;
import kz.egov.eds.pki.OcspLookup;
import kz.egov.eds.pki.RevocationStatus;

/**
 * An OCSP source that is recorded responses (DER, e.g. the file a citizen or НУЦ hands to a support desk: {@code
 * ./egov verify --ocsp-response FILE}) rather than a responder. Each response is verified (signed by the issuer or
 * its delegated responder, valid when it produced the response) and read for the check time {@code at}:
 * <ul>
 *   <li>revoked at or before {@code at} (certificateHold included): REVOKED, however old the answer;</li>
 *   <li>good, or revoked only after {@code at}: GOOD when the answer was produced at or after {@code at}, or still
 *       covers it (before its nextUpdate, or without one, within the maximum age of its thisUpdate);</li>
 *   <li>anything else, or no response about the certificate: UNKNOWN.</li>
 * </ul>
 */
public final class RecordedOcspResponses implements OcspLookup {

    private final List<byte[]> responses;
    private final Duration maxAge;

    /** @param maxAge how long after its thisUpdate an answer without nextUpdate still tells the status */
    public RecordedOcspResponses(List<byte[]> responses, Duration maxAge) {
        List<byte[]> copy = new ArrayList<>();
        responses.forEach(r -> copy.add(r.clone()));
        this.responses = List.copyOf(copy);
        this.maxAge = maxAge;
    }

    @Override
    public RevocationStatus status(X509Certificate cert, X509Certificate issuer, String certKey, Instant at) {
        boolean good = false;
        for (byte[] der : responses) {
            List<OcspAnswer> answers;
            try {
                answers = OcspResponses.answersFor(der, cert, issuer, null);
            } catch (RejectedException e) {
                continue; // unreadable, unverifiable or of another issuer: no evidence
            }
            for (OcspAnswer a : answers) {
                RevocationStatus s = a.statusAt(at);
                if (s == RevocationStatus.REVOKED) {
                    return RevocationStatus.REVOKED;
                }
                good |= s == RevocationStatus.GOOD && covers(a, at);
            }
        }
        return good ? RevocationStatus.GOOD : RevocationStatus.UNKNOWN;
    }

    private boolean covers(OcspAnswer a, Instant at) {
        if (a.status() == RevocationStatus.REVOKED || !a.thisUpdate().isBefore(at)) {
            return true; // revoked only after at, or issued after at: the state at that time
        }
        return a.nextUpdate() != null ? !at.isAfter(a.nextUpdate()) : !at.isAfter(a.thisUpdate().plus(maxAge));
    }

    @Override
    public void clear() {
        // recorded evidence does not change
    }
}
