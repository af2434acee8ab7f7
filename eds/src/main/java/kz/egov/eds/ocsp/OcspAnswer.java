package kz.egov.eds.ocsp;

import java.math.BigInteger;
import java.time.Instant;

import kz.egov.eds.pki.RevocationStatus;

/**
 * One certificate's status from an OCSP response.
 *
 * @param nextUpdate       null when the responder gives none
 * @param revocationTime   null unless revoked
 * @param revocationReason CRLReason code (6 = certificateHold), or null
 */
public record OcspAnswer(BigInteger serial, RevocationStatus status, Instant producedAt, Instant thisUpdate,
                         Instant nextUpdate, Instant revocationTime, Integer revocationReason) {

    /**
     * What this answer says of the moment {@code at}: REVOKED when revoked at or before it (a hold counts as
     * revoked), GOOD when good or revoked only after it, UNKNOWN for the unknown status. Whether the answer is fresh
     * enough to be believed is the caller's question.
     */
    public RevocationStatus statusAt(Instant at) {
        if (status == RevocationStatus.REVOKED) {
            return revocationTime == null || !revocationTime.isAfter(at) ? RevocationStatus.REVOKED
                    : RevocationStatus.GOOD;
        }
        return status;
    }
}
