package kz.egov.gateway.check;

import jakarta.enterprise.context.ApplicationScoped;

import kz.egov.contract.envelope.Envelope;
import kz.egov.gateway.auth.InboundVerification;

/**
 * Step 1 of the regulations' order, the part answered to the sender: the seal itself was checked before the
 * pipeline ({@link InboundVerification#authenticate}: a message whose seal fails is a dead letter, answered to no
 * one), so here the authenticated sender's message must be addressed to the gateway and of a type it may send.
 *
 * <p>Refuses with {@code MSG_NOT_PERMITTED} (addressed to another participant; the sender may not send service
 * requests).
 */
@ApplicationScoped
public class SenderSealCheck implements ServiceRequestCheck {

    private final InboundVerification verification;

    SenderSealCheck(InboundVerification verification) {
        this.verification = verification;
    }

    @Override
    public CheckContext check(CheckContext context) {
        verification.authorize(context.envelope(), context.origin(), context.at());
        return context;
    }

    /** The seal's signature check, ahead of the transaction. */
    @Override
    public void prepare(Envelope envelope) {
        verification.prepareSeal(envelope);
    }
}
