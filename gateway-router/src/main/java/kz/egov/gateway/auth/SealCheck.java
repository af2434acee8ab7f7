package kz.egov.gateway.auth;

import jakarta.enterprise.context.ApplicationScoped;

import kz.egov.contract.reason.ReasonCode;
import kz.egov.contract.reason.RejectedException;
import kz.egov.contract.seal.SignerIdentity;
import kz.egov.gateway.participant.Participant;

/**
 * Whether a verified system seal belongs to a participant, and the participant may act: the seal's certificate is a
 * system certificate with the participant's id as CN and its BIN, and it is the very certificate the registry pinned
 * (SHA-256) when the participant was registered. A participant without a pin is trusted with nothing: another
 * certificate issued in its name must never pass for it.
 */
@ApplicationScoped
public class SealCheck {

    public void requireSealOf(Participant participant, SignerIdentity signer) {
        if (!participant.active()) {
            throw new RejectedException(ReasonCode.MSG_SENDER_INACTIVE,
                    "participant " + participant.id() + " is inactive");
        }
        boolean sameSystem = participant.id().equals(signer.commonName()) && participant.bin().equals(signer.bin());
        if (participant.certificateSha256() == null) {
            throw new RejectedException(ReasonCode.MSG_SEAL_INVALID,
                    "participant " + participant.id() + " has no pinned system certificate");
        }
        boolean pinned = participant.certificateSha256().equalsIgnoreCase(signer.certificateSha256());
        if (!sameSystem || !pinned) {
            throw new RejectedException(ReasonCode.MSG_SEAL_INVALID,
                    "seal certificate " + signer.commonName() + " is not participant " + participant.id() + "'s");
        }
    }
}
