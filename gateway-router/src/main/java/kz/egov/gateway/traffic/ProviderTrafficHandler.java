package kz.egov.gateway.traffic;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import kz.egov.contract.envelope.Envelope;
import kz.egov.contract.envelope.MessageType;
import kz.egov.contract.envelope.SealInput;
import kz.egov.contract.message.PackageMovement;
import kz.egov.contract.message.ProviderAcknowledgement;
import kz.egov.contract.message.Rejection;
import kz.egov.contract.message.ResultDocument;
import kz.egov.contract.message.StatusChange;
import kz.egov.contract.status.BusinessStatus;
import kz.egov.contract.reason.ReasonCode;
import kz.egov.contract.reason.RejectedException;
import kz.egov.contract.schema.BodyValidator;
import kz.egov.contract.seal.SignerIdentity;
import kz.egov.contract.message.SignerRole;
import kz.egov.eds.identity.ChannelRules;
import kz.egov.eds.identity.IinMask;
import kz.egov.eds.verify.VerifiedSignature;
import kz.egov.gateway.auth.InboundVerification;
import kz.egov.gateway.evidence.EvidenceLog;
import kz.egov.gateway.participant.Participant;
import kz.egov.gateway.participant.ParticipantKind;
import kz.egov.gateway.participant.ParticipantRegistry;
import kz.egov.platform.messaging.EnvelopeHandler;
import kz.egov.platform.messaging.EnvelopeSender;
import kz.egov.platform.messaging.InboundMessage;
import kz.egov.platform.pki.SignatureMemo;

/**
 * Back-traffic: a provider's acknowledgement (which marks the request delivered), status changes, results (with
 * the officer's EDS checked) and rejections go back to the origin of that request — the portal, or exactly the branch
 * that submitted it; package movements go between the branch and the provider of the request.
 */
@ApplicationScoped
public class ProviderTrafficHandler implements EnvelopeHandler {

    private final InboundVerification verification;
    private final RoutedRequests routed;
    private final ParticipantRegistry participants;
    private final Replies replies;
    private final EnvelopeSender sender;
    private final EvidenceLog evidence;
    private final SignatureMemo memo;
    private final Clock clock;

    ProviderTrafficHandler(InboundVerification verification, RoutedRequests routed, ParticipantRegistry participants,
            Replies replies, EnvelopeSender sender, EvidenceLog evidence, SignatureMemo memo, Clock clock) {
        this.verification = verification;
        this.routed = routed;
        this.participants = participants;
        this.replies = replies;
        this.sender = sender;
        this.evidence = evidence;
        this.memo = memo;
        this.clock = clock;
    }

    @Override
    public Set<MessageType> types() {
        return Set.of(MessageType.PROVIDER_ACKNOWLEDGEMENT, MessageType.STATUS_CHANGE, MessageType.RESULT_DOCUMENT,
                MessageType.REJECTION, MessageType.PACKAGE_MOVEMENT);
    }

    @Override
    public void prepare(Envelope e) {
        verification.prepareSeal(e);
        if (e.type() == MessageType.RESULT_DOCUMENT && e.personSignature() != null) {
            memo.prepare(e.body(), e.personSignature(), SignerRole.OFFICER);
        }
    }

    /** The batch's routed requests in one read each, held until {@link #end}. */
    @Override
    public void begin(List<Envelope> batch) {
        routed.hold(batch.stream().map(Envelope::correlationId).toList());
    }

    @Override
    public void end() {
        routed.flush();
    }

    @Override
    public void handle(Envelope e, InboundMessage raw) {
        Instant now = clock.instant();
        Participant from = verification.authenticate(e, now);
        evidence.append(e.correlationId(), e.messageId(), EvidenceLog.IN, e.type().name(), EvidenceLog.OK,
                Map.of("from", from.id()));
        try {
            verification.authorize(e, from, now);
            BodyValidator.validate(e.type(), e.body());
            RoutedRequests.RoutedRequest request = routed.find(e.correlationId())
                    .orElseThrow(() -> new RejectedException(ReasonCode.NOT_FOUND,
                            "no routed request " + e.correlationId()));
            Participant origin = participants.find(request.origin()).orElseThrow();
            Participant provider = request.providerId() == null ? null
                    : participants.find(request.providerId()).orElse(null);
            if (e.type() == MessageType.PACKAGE_MOVEMENT) {
                movePackage(e, raw, from, origin, provider);
                return;
            }
            if (e.type() == MessageType.STATUS_CHANGE && from.id().equals(origin.id()) && provider != null
                    && !from.id().equals(provider.id())) {
                fromOrigin(e, raw, provider);
                return;
            }
            if (provider == null || !provider.id().equals(from.id())) {
                throw new RejectedException(ReasonCode.MSG_NOT_PERMITTED,
                        from.id() + " is not the provider of this request");
            }
            requireAboutTheRequest(e, request);
            switch (e.type()) {
                case PROVIDER_ACKNOWLEDGEMENT -> acknowledge(e, raw, origin, provider, now);
                case RESULT_DOCUMENT -> {
                    checkOfficerSignature(e, provider, now);
                    forward(e, raw, origin, now);
                }
                default -> forward(e, raw, origin, now);
            }
        } catch (RejectedException refused) {
            replies.reject(e, from, refused);
        }
    }

    /**
     * A provider's result, status change or refusal is about the request its envelope names, and a result about that
     * request's applicant and from its provider ([wave 2 · 6/16]): otherwise it is refused and goes nowhere.
     */
    private static void requireAboutTheRequest(Envelope e, RoutedRequests.RoutedRequest request) {
        String requestId = switch (e.type()) {
            case RESULT_DOCUMENT -> {
                ResultDocument doc = BodyValidator.parse(e.type(), e.body(), ResultDocument.class);
                if (request.applicantIin() == null || !request.applicantIin().equals(doc.applicantIin())) {
                    throw new RejectedException(ReasonCode.MSG_APPLICANT_MISMATCH,
                            "the result names another applicant than request " + request.requestId() + "'s");
                }
                if (!request.providerId().equals(doc.providerId())) {
                    throw new RejectedException(ReasonCode.MSG_NOT_ROUTED_TO_SENDER,
                            "the result names another provider than the request's");
                }
                yield doc.requestId();
            }
            case STATUS_CHANGE -> BodyValidator.parse(e.type(), e.body(), StatusChange.class).requestId();
            case REJECTION -> BodyValidator.parse(e.type(), e.body(), Rejection.class).requestId();
            default -> request.requestId();
        };
        if (!request.requestId().equals(requestId)) {
            throw new RejectedException(ReasonCode.MSG_REQUEST_MISMATCH,
                    "the body is about another request than " + request.requestId());
        }
    }

    /**
     * "Delivered to provider": the request is marked delivered and the provider's acknowledgement goes on to the
     * origin as the provider signed it — with the business status it carries («поступившие»), if any.
     */
    private void acknowledge(Envelope e, InboundMessage raw, Participant origin, Participant provider, Instant now) {
        ProviderAcknowledgement ack = BodyValidator.parse(e.type(), e.body(), ProviderAcknowledgement.class);
        if (!ack.requestId().equals(e.correlationId()) || !ack.providerId().equals(provider.id())
                || ack.status() != null && !ack.status().requestId().equals(ack.requestId())) {
            throw new RejectedException(ReasonCode.MSG_SCHEMA_VIOLATION,
                    "the acknowledgement names another request or provider than its envelope");
        }
        routed.markDelivered(ack.requestId());
        forward(e, raw, origin, now);
    }

    /** The officer's EDS on a result: valid, not revoked, an employee of this provider by BIN, and the named signer. */
    private void checkOfficerSignature(Envelope e, Participant provider, Instant now) {
        ResultDocument doc = BodyValidator.parse(e.type(), e.body(), ResultDocument.class);
        if (e.personSignature() == null) {
            throw new RejectedException(ReasonCode.EDS_MALFORMED, "a result must carry the officer's signature");
        }
        VerifiedSignature verified = memo.verify(e.body(), e.personSignature(), SignerRole.OFFICER);
        SignerIdentity signer = verified.signer();
        ChannelRules.checkOrganisationPerson(signer, provider.bin());
        if (!signer.iin().equals(doc.signedByIin())) {
            throw new RejectedException(ReasonCode.EDS_SIGNER_NOT_ACTING_OFFICER, "the result names another signer");
        }
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("documentId", doc.documentId());
        detail.put("documentSha256", SealInput.sha256Hex(e.body()));
        detail.put("signer", IinMask.mask(signer.iin()));
        detail.put("signerName", signer.commonName());
        detail.put("organisation", signer.organisation() == null ? "" : signer.organisation());
        detail.put("bin", signer.bin());
        detail.put("certificateSerial", signer.serialNumberHex());
        detail.put("certificateSha256", signer.certificateSha256());
        detail.put("certificateNotAfter", signer.notAfter().toString());
        detail.put("algorithm", signer.algorithm());
        detail.put("revocation", String.valueOf(verified.revocation()));
        detail.put("checkedAt", now.toString());
        evidence.append(e.correlationId(), e.messageId(), EvidenceLog.CHECK, "RESULT_SIGNATURE", EvidenceLog.OK,
                detail);
    }

    private void forward(Envelope e, InboundMessage raw, Participant to, Instant checkedAt) {
        if (to.kind() == ParticipantKind.PROVIDER && to.id().equals(e.sender())) {
            return; // a walk-in request: the provider is its own origin
        }
        Participant from = participants.find(e.sender()).orElseThrow();
        Envelope out = sender.forward(to.kind().inboundTopic(), verification.gatewayId(), to.id(), raw.payload(),
                Map.of("signaturesCheckedAt", checkedAt.toString(), "senderBin", from.bin()));
        evidence.append(e.correlationId(), out.messageId(), EvidenceLog.OUT, e.type().name(), EvidenceLog.OK,
                Map.of("to", to.id(), "forwards", e.messageId()));
    }

    /**
     * What an origin may say to the provider: the citizen withdraws the request (before registration), or the State
     * Corporation branch has issued the result to the citizen. Forwarded to the provider.
     */
    private void fromOrigin(Envelope e, InboundMessage raw, Participant provider) {
        StatusChange change = BodyValidator.parse(e.type(), e.body(), StatusChange.class);
        if (!e.correlationId().equals(change.requestId())) {
            throw new RejectedException(ReasonCode.MSG_REQUEST_MISMATCH, "the status change is about another request");
        }
        if (change.status() != BusinessStatus.WITHDRAWN && change.status() != BusinessStatus.ISSUED) {
            throw new RejectedException(ReasonCode.MSG_NOT_PERMITTED,
                    "an origin may only withdraw or report hand-over");
        }
        forward(e, raw, provider, clock.instant());
    }

    private void movePackage(Envelope e, InboundMessage raw, Participant from, Participant origin,
            Participant provider) {
        BodyValidator.parse(e.type(), e.body(), PackageMovement.class);
        Participant to;
        if (from.id().equals(origin.id()) && provider != null) {
            to = provider;
        } else if (provider != null && from.id().equals(provider.id())) {
            to = origin;
        } else {
            throw new RejectedException(ReasonCode.MSG_NOT_PERMITTED, from.id() + " has no part in this package");
        }
        forward(e, raw, to, clock.instant());
    }
}
