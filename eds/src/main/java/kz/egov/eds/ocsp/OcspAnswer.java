package kz.egov.eds.ocsp;

import java.math.BigInteger;
import java.time.Instant;

import kz.egov.eds.pki.RevocationStatus;

/**
 * One certificate's status from an OCSP response.
 *
 * @param nextUpdate       null when the responder gives none
 * @param revocationTime   null unless revoked
 * @param revocationReason CRLReason code, or null
 */
public record OcspAnswer(BigInteger serial, RevocationStatus status, Instant producedAt, Instant thisUpdate,
                         Instant nextUpdate, Instant revocationTime, Integer revocationReason) {
}
