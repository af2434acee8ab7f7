package kz.egov.mio.inbox;

import jakarta.enterprise.context.ApplicationScoped;

import kz.egov.contract.envelope.Envelope;
import kz.egov.contract.message.ServiceRequest;
import kz.egov.contract.reason.ReasonCode;
import kz.egov.contract.reason.RejectedException;
import kz.egov.contract.seal.SignerIdentity;
import kz.egov.contract.message.SignerRole;
import kz.egov.eds.identity.ChannelRules;
import kz.egov.mio.officer.Officers;
import kz.egov.mio.provider.Provider;
import kz.egov.platform.messaging.GatewayEnvelopes;
import kz.egov.reference.Participants;

/**
 * The person's EDS on a received request, per channel (ARCHITECTURE §4a): the citizen on the portal; the operator or
 * officer who submitted it otherwise; for a walk-in, an active officer of this very provider with its BIN.
 */
@ApplicationScoped
public class RequestSignatures {

    private final GatewayEnvelopes gateway;
    private final Officers officers;

    RequestSignatures(GatewayEnvelopes gateway, Officers officers) {
        this.gateway = gateway;
        this.officers = officers;
    }

    /**
     * The check of the person's EDS made ahead of the inbound transaction, in parallel over a batch, for the role the
     * sender's kind implies (the portal's citizen, a branch's operator, a provider's officer); {@link #check} then
     * takes its outcome — or makes the check itself where the role turns out otherwise.
     */
    public void prepare(Envelope original) {
        if (original.personSignature() == null) {
            return;
        }
        String kind;
        try {
            kind = Participants.byId(original.sender()).kind();
        } catch (IllegalArgumentException unknown) {
            return;
        }
        switch (kind) {
            case "PORTAL" -> gateway.preparePerson(original, SignerRole.CITIZEN);
            case "BRANCH" -> gateway.preparePerson(original, SignerRole.OPERATOR);
            case "PROVIDER" -> gateway.preparePerson(original, SignerRole.OFFICER);
            default -> {
            }
        }
    }

    public void check(Envelope original, ServiceRequest request, Provider provider) {
        switch (request.channel()) {
            case PORTAL -> ChannelRules.checkCitizen(signer(original, SignerRole.CITIZEN), request.applicant().iin());
            case STATE_CORPORATION -> sameAsSubmitter(signer(original, SignerRole.OPERATOR), request);
            case VIA_OTHER_BODY -> sameAsSubmitter(signer(original, SignerRole.OFFICER), request);
            case PROVIDER_OFFICE -> walkIn(original, request, provider);
        }
    }

    private void walkIn(Envelope original, ServiceRequest request, Provider provider) {
        if (!original.sender().equals(provider.id)) {
            throw new RejectedException(ReasonCode.MSG_NOT_PERMITTED, "a walk-in request comes from the provider itself");
        }
        SignerIdentity signer = signer(original, SignerRole.OFFICER);
        ChannelRules.checkOrganisationPerson(signer, provider.bin);
        sameAsSubmitter(signer, request);
        officers.findByIin(signer.iin()).filter(o -> o.active && o.providerId.equals(provider.id))
                .orElseThrow(() -> new RejectedException(ReasonCode.EDS_SIGNER_NOT_ACTING_OFFICER,
                        "the signer is not an active officer of this provider"));
    }

    private SignerIdentity signer(Envelope original, SignerRole role) {
        return gateway.verifyPerson(original, role).signer();
    }

    private static void sameAsSubmitter(SignerIdentity signer, ServiceRequest request) {
        if (signer.iin() == null || !signer.iin().equals(request.submitter().iin())) {
            throw new RejectedException(ReasonCode.EDS_IIN_MISMATCH, "the signer is not the submitter named in the request");
        }
    }
}
