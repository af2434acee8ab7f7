package kz.egov.gateway.check;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import kz.egov.contract.envelope.Envelope;
import kz.egov.contract.envelope.EnvelopeCodec;
import kz.egov.contract.message.Channel;
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
import kz.egov.platform.pki.SignatureMemo;

/**
 * Step 4 of the regulations' order, condition 2 for the channel (ARCHITECTURE §4a): the person's EDS over the exact
 * request document is valid, chains to НУЦ, is in its validity period and not revoked, and belongs to the right
 * person — the citizen whose IIN is in the request (portal), or an employee of the sending organisation by BIN who
 * is the submitter named in the request (State Corporation operator, provider officer). Records {@code CONDITION_2};
 * what it found is handed on to the provider in the enrichment's {@code signatureCheck}.
 *
 * <p>Refuses with {@code EDS_MALFORMED} (no person signature, or not a CMS), {@code MSG_NOT_PERMITTED} (the
 * submitter's role is not the channel's), the signature check's {@code EDS_*} ({@code EDS_CONTENT_MISMATCH},
 * {@code EDS_UNTRUSTED_ISSUER}, {@code EDS_EXPIRED}, {@code EDS_NOT_YET_VALID}, {@code EDS_WRONG_KEY_USAGE},
 * {@code EDS_REVOKED}, {@code EDS_REVOCATION_UNKNOWN}, {@code EDS_ALGORITHM_*}, …), {@code EDS_INVALID_IIN},
 * {@code EDS_IIN_MISMATCH} (the citizen's certificate is not the applicant's; the employee is not the submitter),
 * {@code EDS_BIN_MISMATCH} (the employee is not the sending organisation's).
 */
@ApplicationScoped
public class ConditionTwoCheck implements ServiceRequestCheck {

    private final SignatureMemo memo;
    private final EvidenceLog evidence;

    ConditionTwoCheck(SignatureMemo memo, EvidenceLog evidence) {
        this.memo = memo;
        this.evidence = evidence;
    }

    /** The person's signature check, ahead of the transaction. */
    @Override
    public void prepare(Envelope e) {
        if (e.personSignature() == null) {
            return;
        }
        ServiceRequest request = EnvelopeCodec.decode(e.body(), ServiceRequest.class);
        memo.prepare(e.body(), e.personSignature(), signerOf(request.channel()));
    }

    @Override
    public CheckContext check(CheckContext context) {
        Envelope e = context.envelope();
        ServiceRequest request = context.request();
        Instant now = context.at();
        if (e.personSignature() == null) {
            throw new RejectedException(ReasonCode.EDS_MALFORMED, "the request carries no person signature");
        }
        SignerRole expectedRole = signerOf(request.channel());
        if (request.submitter().role() != expectedRole) {
            throw new RejectedException(ReasonCode.MSG_NOT_PERMITTED, "a " + request.channel()
                    + " request is signed by " + expectedRole + ", not " + request.submitter().role());
        }
        VerifiedSignature verified = memo.verify(e.body(), e.personSignature(), expectedRole);
        SignerIdentity signer = verified.signer();
        if (expectedRole == SignerRole.CITIZEN) {
            ChannelRules.checkCitizen(signer, request.applicant().iin(), request.submitter().iin());
        } else {
            ChannelRules.checkOrganisationPerson(signer, context.origin().bin());
            if (!signer.iin().equals(request.submitter().iin())) {
                throw new RejectedException(ReasonCode.EDS_IIN_MISMATCH,
                        "the signer is not the submitter named in the request");
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
        return context.withSignatureCheck(handOn(verified, expectedRole.name(), now));
    }

    /** Who signs a request of the channel: the citizen, the State Corporation's operator, the provider's officer. */
    static SignerRole signerOf(Channel channel) {
        return switch (channel) {
            case PORTAL -> SignerRole.CITIZEN;
            case STATE_CORPORATION -> SignerRole.OPERATOR;
            case PROVIDER_OFFICE, VIA_OTHER_BODY -> SignerRole.OFFICER;
        };
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
