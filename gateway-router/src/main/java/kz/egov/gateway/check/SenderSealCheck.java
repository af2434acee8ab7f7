package kz.egov.gateway.check;

import jakarta.enterprise.context.ApplicationScoped;

import kz.egov.contract.envelope.Envelope;
import kz.egov.gateway.auth.InboundVerification;

/**
 * Step 1 of the regulations' order: the sender's seal. The message is addressed to the gateway, the seal is valid
 * and is the sending participant's (its system certificate, CN = id, BIN = the participant's, pinned when
 * registered), the participant is active and may send service requests ({@link InboundVerification}, the check of
 * every message). Records {@code SENDER_SEAL}.
 *
 * <p>Refuses with {@code MSG_NOT_PERMITTED} (addressed to another participant; the sender may not send service
 * requests), {@code MSG_SEAL_INVALID} (no seal; the seal is another participant's), {@code MSG_SENDER_INACTIVE},
 * and the signature check's {@code EDS_*} (e.g. {@code EDS_CONTENT_MISMATCH} for a seal over other content,
 * {@code EDS_MALFORMED}, {@code EDS_EXPIRED}, {@code EDS_REVOKED}).
 */
@ApplicationScoped
public class SenderSealCheck implements ServiceRequestCheck {

    private final InboundVerification verification;

    SenderSealCheck(InboundVerification verification) {
        this.verification = verification;
    }

    @Override
    public CheckContext check(CheckContext context) {
        verification.verify(context.envelope(), context.origin(), context.at());
        return context;
    }

    /** The seal's signature check, ahead of the transaction. */
    @Override
    public void prepare(Envelope envelope) {
        verification.prepareSeal(envelope);
    }
}
