package kz.egov.gateway.traffic;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import kz.egov.contract.envelope.Envelope;
import kz.egov.contract.message.ServiceRequest;
import kz.egov.contract.message.SignerRole;
import kz.egov.contract.reason.ReasonCode;
import kz.egov.contract.reason.RejectedException;
import kz.egov.contract.seal.SignatureCheck;
import kz.egov.contract.seal.SignerIdentity;
import kz.egov.eds.identity.ChannelRules;
import kz.egov.eds.identity.IinMask;
import kz.egov.eds.verify.VerifiedSignature;
import kz.egov.gateway.evidence.EvidenceLog;
import kz.egov.gateway.participant.Participant;
import kz.egov.platform.pki.SignatureMemo;

/**
 * The regulations' condition 2 for each channel (ARCHITECTURE §4a): the person's EDS over the exact request document
 * is valid, chains to НУЦ, is in its validity period and not revoked, and belongs to the right person — the citizen
 * whose IIN is in the request (portal), or an employee of the sending organisation by BIN (State Corporation
 * operator, provider officer).
 */
@ApplicationScoped
public class ConditionTwo {

    @Inject
    SignatureMemo memo;

    @Inject
    EvidenceLog evidence;

    /** Parallel preparation: the person's signature check ahead of the transaction. */
    public void prepare(Envelope e) {
        if (e.personSignature() == null) {
            return;
        }
        ServiceRequest request = kz.egov.contract.envelope.EnvelopeCodec.decode(e.body(), ServiceRequest.class);
        SignerRole role = switch (request.channel()) {
            case PORTAL -> SignerRole.CITIZEN;
            case STATE_CORPORATION -> SignerRole.OPERATOR;
            case PROVIDER_OFFICE, VIA_OTHER_BODY -> SignerRole.OFFICER;
        };
        memo.prepare(e.body(), e.personSignature(), role);
    }

    /** The check; what it found is handed on to the provider in the enrichment's {@code signatureCheck}. */
    public SignatureCheck check(Envelope e, ServiceRequest request, Participant origin, Instant now) {
        if (e.personSignature() == null) {
            throw new RejectedException(ReasonCode.EDS_MALFORMED, "the request carries no person signature");
        }
        SignerRole expectedRole = switch (request.channel()) {
            case PORTAL -> SignerRole.CITIZEN;
            case STATE_CORPORATION -> SignerRole.OPERATOR;
            case PROVIDER_OFFICE, VIA_OTHER_BODY -> SignerRole.OFFICER;
        };
        if (request.submitter().role() != expectedRole) {
            throw new RejectedException(ReasonCode.MSG_NOT_PERMITTED, "a " + request.channel() + " request is signed by "
                    + expectedRole + ", not " + request.submitter().role());
        }
        VerifiedSignature verified = memo.verify(e.body(), e.personSignature(),
                expectedRole);
        SignerIdentity signer = verified.signer();
        if (expectedRole == SignerRole.CITIZEN) {
            ChannelRules.checkCitizen(signer, request.applicant().iin(), request.submitter().iin());
        } else {
            ChannelRules.checkOrganisationPerson(signer, origin.bin());
            if (!signer.iin().equals(request.submitter().iin())) {
                throw new RejectedException(ReasonCode.EDS_IIN_MISMATCH, "the signer is not the submitter named in the request");
            }
        }
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("role", expectedRole.name());
        detail.put("signer", IinMask.mask(signer.iin()));
        detail.put("signerName", signer.commonName());
        detail.put("bin", signer.bin() == null ? "" : signer.bin());
        detail.put("certificateSerial", signer.serialNumberHex());
        detail.put("certificateSha256", signer.certificateSha256());
        detail.put("algorithm", signer.algorithm());
        detail.put("revocation", String.valueOf(verified.revocation()));
        detail.put("checkedAt", now.toString());
        evidence.append(request.requestId(), e.messageId(), EvidenceLog.CHECK, "CONDITION_2", EvidenceLog.OK, detail);
        return handOn(verified, expectedRole.name(), now);
    }

    private static SignatureCheck handOn(VerifiedSignature verified, String role, Instant checkedAt) {
        SignerIdentity s = verified.signer();
        return new SignatureCheck(role, s.commonName(), s.iin(), s.bin(), s.organisation(), s.serialNumberHex(),
                s.issuerDn(), s.notBefore(), s.notAfter(), s.algorithm(),
                verified.revocation() == null ? null : verified.revocation().status().name(),
                verified.revocation() == null ? null : verified.revocation().source(),
                verified.revocation() == null ? null : verified.revocation().checkedAt(),
                verified.claimedSigningTime().orElse(null), checkedAt);
    }
}
