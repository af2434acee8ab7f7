package kz.egov.mio.result;

import java.time.Clock;
import java.util.Base64;

import jakarta.enterprise.context.ApplicationScoped;

import kz.egov.contract.reason.ReasonCode;
import kz.egov.contract.reason.RejectedException;
import kz.egov.contract.status.BusinessStatus;
import kz.egov.contract.message.Channel;
import kz.egov.contract.message.SignerRole;
import kz.egov.eds.identity.ChannelRules;
import kz.egov.eds.verify.EdsVerifier;
import kz.egov.eds.verify.VerifiedSignature;
import kz.egov.mio.officer.Officer;
import kz.egov.mio.officer.OfficerRole;
import kz.egov.mio.provider.Providers;
import kz.egov.mio.registry.RegistryCalls;
import kz.egov.mio.workflow.Action;
import kz.egov.mio.workflow.Decisions;
import kz.egov.mio.workflow.GatewayOutbox;
import kz.egov.mio.workflow.Guard;
import kz.egov.mio.workflow.Plan;
import kz.egov.mio.workflow.ServiceCase;
import kz.egov.mio.workflow.Workflow;

/**
 * The signing step: the exact document bytes offered to the officer the catalog names for the step, and their CMS
 * checked (valid, not revoked, this provider's BIN, the acting officer and nobody else) before the result goes out.
 * The server never holds an officer's key.
 */
@ApplicationScoped
public class ResultSigning {

    private final ResultDocuments documents;
    private final Providers providers;
    private final RegistryCalls registry;
    private final EdsVerifier verifier;
    private final GatewayOutbox outbox;
    private final Workflow workflow;
    private final Clock clock;

    ResultSigning(ResultDocuments documents, Providers providers, RegistryCalls registry, EdsVerifier verifier,
            GatewayOutbox outbox, Workflow workflow, Clock clock) {
        this.documents = documents;
        this.providers = providers;
        this.registry = registry;
        this.verifier = verifier;
        this.outbox = outbox;
        this.workflow = workflow;
        this.clock = clock;
    }

    /** The bytes to sign, prepared for this officer (the same bytes until the draft changes). */
    public byte[] document(ServiceCase c, Plan plan, Officer o) {
        OfficerRole role = signingRole(c, plan, o);
        if (c.document == null || !o.iin.equals(c.documentSigner)) {
            c.document = documents.build(c, plan, providers.require(c.providerId), o, role);
            c.documentSigner = o.iin;
        }
        return c.document;
    }

    public void sign(ServiceCase c, Plan plan, Officer o, String signatureBase64) {
        OfficerRole role = signingRole(c, plan, o);
        Guard.conflict(c.document == null || !o.iin.equals(c.documentSigner),
                "GET the result document first: it is prepared for the officer who signs");
        byte[] cms = decode(signatureBase64);
        // the certificate is checked in real time (the plain clock), the signing time is the workflow's
        VerifiedSignature verified = verifier.verify(c.document, cms, clock.instant(), SignerRole.OFFICER);
        ChannelRules.checkActingOfficer(verified.signer(), o.iin, providers.require(c.providerId).bin);
        boolean refusal = Decisions.REFUSAL.equals(c.draftKind);
        outbox.result(c, c.document, cms);
        c.signedAt = workflow.now();
        workflow.decided(c, plan);
        c.outcome = (refusal ? BusinessStatus.MOTIVATED_REFUSAL : BusinessStatus.COMPLETED).name();
        workflow.record(c, plan, o, Action.SIGN.name(), c.draftKind + " " + c.requestId + "-" + c.documentVersion);
        outbox.status(c, refusal ? BusinessStatus.MOTIVATED_REFUSAL : BusinessStatus.COMPLETED, role.name(),
                refusal ? c.draftGround : null);
        int signing = c.stepIndex;
        int next = plan.nextHuman(signing);
        workflow.moveTo(c, plan, next);
        if (next >= plan.size() && plan.issuedByOtherBody(signing)) {
            // the body that took the request (its origin) forms and issues the result: «выдано» comes from it
            workflow.note(c, plan, next, "SENT_TO_ORIGIN", "the result is issued by " + c.origin);
        } else if (next >= plan.size() && plan.issuedByStateCorporation(signing)) {
            // the signer is the last officer here and the State Corporation's operator issues (e.g. V04 at ЦОН,
            // action 10): the result goes to the branch, whose hand-over closes the case
            workflow.note(c, plan, next, "PASSED_TO_STATE_CORPORATION", "the result is issued by " + c.origin);
        } else if (next >= plan.size()) {
            outbox.status(c, BusinessStatus.ISSUED, Workflow.SYSTEM, plan.channel() == Channel.PORTAL
                    ? "sent to the applicant's personal cabinet" : "issued by the signer");
            workflow.finish(c, c.outcome);
        }
    }

    private OfficerRole signingRole(ServiceCase c, Plan plan, Officer o) {
        OfficerRole role = Guard.stepRole(c, plan, o);
        Guard.notAwaitingRegistry(c);
        Guard.conflict(c.stepIndex != plan.signingIndex(), "this step does not sign the result");
        Guard.conflict(c.draftKind == null, "nothing is prepared to sign");
        Guard.conflict(Decisions.RESULT.equals(c.draftKind) && !registry.doneUpTo(c, plan, c.stepIndex),
                "the registry commands are not all accepted (PREPARE_RESULT)");
        return role;
    }

    private static byte[] decode(String base64) {
        if (base64 == null || base64.isBlank()) {
            throw new RejectedException(ReasonCode.EDS_MALFORMED, "no signature");
        }
        try {
            return Base64.getDecoder().decode(base64.trim());
        } catch (IllegalArgumentException e) {
            throw new RejectedException(ReasonCode.EDS_MALFORMED, "the signature is not base64");
        }
    }
}
