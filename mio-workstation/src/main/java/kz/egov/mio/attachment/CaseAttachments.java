package kz.egov.mio.attachment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import kz.egov.contract.envelope.EnvelopeCodec;
import kz.egov.contract.envelope.SealInput;
import kz.egov.contract.message.AttachmentRef;
import kz.egov.contract.message.ServiceRequest;
import kz.egov.contract.reason.ReasonCode;
import kz.egov.contract.reason.RejectedException;
import kz.egov.mio.audit.AuditLog;
import kz.egov.mio.officer.Officer;
import kz.egov.mio.workflow.Cases;
import kz.egov.mio.workflow.ServiceCase;

/**
 * An officer opens a file of a request: only a case of the officer's own provider, only a file the signed request
 * lists; fetched from the gateway's store as that provider and checked against the SHA-256 the citizen signed.
 * Every download (and every refused one) is audited.
 */
@ApplicationScoped
public class CaseAttachments {

    /** The file as the officer gets it. */
    public record Download(AttachmentRef ref, byte[] content) {
    }

    private final Cases cases;
    private final GatewayAttachments gateway;
    private final AuditLog audit;

    CaseAttachments(Cases cases, GatewayAttachments gateway, AuditLog audit) {
        this.cases = cases;
        this.gateway = gateway;
        this.audit = audit;
    }

    @Transactional
    public Download download(Officer o, String requestId, String sha256) {
        try {
            ServiceCase c = cases.read(requestId, o.providerId);
            ServiceRequest request = EnvelopeCodec.decode(c.requestDocument, ServiceRequest.class);
            AttachmentRef ref = request.attachments().stream().filter(a -> a.sha256().equals(sha256)).findFirst()
                    .orElseThrow(() -> new RejectedException(ReasonCode.NOT_FOUND, "the request lists no file " + sha256));
            GatewayAttachments.File file = gateway.download(c.providerId, requestId, sha256);
            if (!SealInput.sha256Hex(file.content()).equals(ref.sha256())) {
                throw new RejectedException(ReasonCode.MSG_ATTACHMENT_HASH_MISMATCH,
                        "the stored file differs from the one the request lists");
            }
            audit.record(o, requestId, "READ_ATTACHMENT", AuditLog.OK,
                    (ref.documentCode() == null ? "" : ref.documentCode() + " ") + sha256);
            return new Download(ref, file.content());
        } catch (RejectedException refused) {
            audit.refused(o, requestId, "READ_ATTACHMENT", refused.reason().code(), refused.detail());
            throw refused;
        }
    }
}
