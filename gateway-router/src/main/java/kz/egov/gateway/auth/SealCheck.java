package kz.egov.gateway.auth;

import jakarta.enterprise.context.ApplicationScoped;

import kz.egov.contract.reason.ReasonCode;
import kz.egov.contract.reason.RejectedException;
import kz.egov.contract.seal.SignerIdentity;
import kz.egov.gateway.participant.Participant;

/** Whether a verified system seal belongs to a participant, and the participant may act. */
@ApplicationScoped
public class SealCheck {

    public void requireSealOf(Participant participant, SignerIdentity signer) {
        if (!participant.active()) {
            throw new RejectedException(ReasonCode.MSG_SENDER_INACTIVE,
                    "participant " + participant.id() + " is inactive");
        }
        boolean sameSystem = participant.id().equals(signer.commonName()) && participant.bin().equals(signer.bin());
        boolean pinned = participant.certificateSha256() == null
                || participant.certificateSha256().equalsIgnoreCase(signer.certificateSha256());
        if (!sameSystem || !pinned) {
            throw new RejectedException(ReasonCode.MSG_SEAL_INVALID,
                    "seal certificate " + signer.commonName() + " is not participant " + participant.id() + "'s");
        }
    }
}
