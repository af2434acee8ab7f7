package kz.egov.corp.request;

import java.time.Clock;
import java.time.Instant;
import java.util.Base64;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import kz.egov.catalog.ServiceCatalog;
import kz.egov.catalog.calendar.WorkingCalendar;
import kz.egov.catalog.model.BaseService;
import kz.egov.contract.message.Channel;
import kz.egov.contract.envelope.Envelope;
import kz.egov.contract.envelope.MessageType;
import kz.egov.contract.message.PackageMovement;
import kz.egov.contract.reason.ReasonCode;
import kz.egov.contract.reason.RejectedException;
import kz.egov.contract.seal.SignerIdentity;
import kz.egov.contract.topic.Topics;
import kz.egov.corp.operator.SignedIn;
import kz.egov.corp.receipt.AcceptanceReceipt;
import kz.egov.corp.receipt.Receipts;
import kz.egov.corp.tracking.PackageTracker;
import kz.egov.contract.message.SignerRole;
import kz.egov.eds.identity.ChannelRules;
import kz.egov.eds.identity.IinMask;
import kz.egov.eds.verify.EdsVerifier;
import kz.egov.platform.config.PlatformConfig;
import kz.egov.platform.messaging.EnvelopeSender;
import org.jboss.logging.Logger;

/**
 * The operator's signature over the drafted request (a CMS made on the operator's side — no operator key is held
 * here): checked for the operator role, the State Corporation BIN and the signed-in operator's IIN; then the
 * acceptance receipt, the request through the outbox to РШЭП, and the package packed and sent.
 */
@ApplicationScoped
public class Submission {

    private static final Logger LOG = Logger.getLogger(Submission.class);

    private final DeskRequests requests;
    private final EdsVerifier verifier;
    private final ServiceCatalog catalog;
    private final WorkingCalendar calendar;
    private final Receipts receipts;
    private final EnvelopeSender sender;
    private final PackageTracker tracker;
    private final Timeline timeline;
    private final Clock clock;
    private final String gatewayId;

    Submission(DeskRequests requests, EdsVerifier verifier, ServiceCatalog catalog, WorkingCalendar calendar,
            Receipts receipts, EnvelopeSender sender, PackageTracker tracker, Timeline timeline, Clock clock,
            PlatformConfig platform) {
        this.requests = requests;
        this.verifier = verifier;
        this.catalog = catalog;
        this.calendar = calendar;
        this.receipts = receipts;
        this.sender = sender;
        this.tracker = tracker;
        this.timeline = timeline;
        this.clock = clock;
        this.gatewayId = platform.gatewayId();
    }

    @Transactional
    public AcceptanceReceipt submit(SignedIn desk, String packageId, String signatureBase64) {
        DeskRequest draft = requests.requireByPackage(desk.branch().id(), packageId);
        if (!DeskRequest.DRAFT.equals(draft.state())) {
            throw new RejectedException(ReasonCode.PKG_DUPLICATE_RECEIPT,
                    "package " + packageId + " was already submitted under receipt " + draft.receiptNumber());
        }
        byte[] document = requests.document(draft.requestId());
        byte[] cms = decode(signatureBase64);
        Instant now = clock.instant();
        SignerIdentity signer = verifier.verify(document, cms, now, SignerRole.OPERATOR).signer();
        ChannelRules.checkOrganisationPerson(signer, desk.branch().bin());
        if (!signer.iin().equals(desk.operator().iin())) {
            throw new RejectedException(ReasonCode.EDS_IIN_MISMATCH, "signed by " + IinMask.mask(signer.iin())
                    + ", not by the signed-in operator");
        }
        Instant due = calendar.deadline(now, catalog.variant(draft.variantCode()).term(Channel.STATE_CORPORATION));
        BaseService base = catalog.baseService(draft.serviceCode());
        AcceptanceReceipt receipt = new AcceptanceReceipt(draft.receiptNumber(), now, desk.branch().id(),
                desk.branch().name(), desk.operator().fullName(), draft.applicantIin(), draft.applicantName(),
                base.code(), base.names().ru(), base.names().kk(), draft.variantCode(), draft.requestId(),
                draft.packageId(), draft.documents(), due);
        receipts.store(desk.branch().id(), draft.receiptNumber(), Receipts.ACCEPTANCE, draft.packageId(),
                draft.requestId(), draft.applicantIin(), now, receipt);
        Envelope sent = sender.sendSigned(Topics.TO_GATEWAY, desk.branch().id(), gatewayId, MessageType.SERVICE_REQUEST,
                draft.serviceCode(), draft.requestId(), null, document, cms);
        if (!requests.submitted(draft.requestId(), sent.messageId(), now, due)) {
            throw new RejectedException(ReasonCode.PKG_DUPLICATE_RECEIPT,
                    "package " + packageId + " already submitted");
        }
        timeline.append(draft.requestId(), "SUBMITTED", "receipt " + draft.receiptNumber(), sent.messageId());
        String by = desk.operator().login();
        tracker.announce(draft, PackageMovement.Movement.PACKED, by, now);
        tracker.announce(draft, PackageMovement.Movement.SENT_TO_PROVIDER, by, now.plusMillis(1));
        LOG.infof("request %s accepted at %s (receipt %s, package %s)", draft.requestId(), desk.branch().id(),
                draft.receiptNumber(), draft.packageId());
        return receipt;
    }

    private static byte[] decode(String base64) {
        try {
            return Base64.getDecoder().decode(base64 == null ? "" : base64.trim());
        } catch (IllegalArgumentException e) {
            throw new RejectedException(ReasonCode.EDS_MALFORMED, "signature is not base64");
        }
    }
}
