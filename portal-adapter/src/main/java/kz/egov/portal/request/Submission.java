package kz.egov.portal.request;

import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.narayana.jta.QuarkusTransaction;
import kz.egov.contract.envelope.Envelope;
import kz.egov.contract.envelope.Envelopes;
import kz.egov.contract.envelope.EnvelopeCodec;
import kz.egov.contract.envelope.MessageType;
import kz.egov.contract.message.ServiceRequest;
import kz.egov.contract.reason.ReasonCode;
import kz.egov.contract.reason.RejectedException;
import kz.egov.contract.seal.SignerIdentity;
import kz.egov.contract.topic.Topics;
import kz.egov.contract.message.SignerRole;
import kz.egov.eds.identity.ChannelRules;
import kz.egov.eds.identity.IinMask;
import kz.egov.eds.verify.EdsVerifier;
import kz.egov.platform.config.PlatformConfig;
import kz.egov.platform.messaging.EnvelopeSender;
import kz.egov.portal.account.Citizen;
import kz.egov.portal.cabinet.Notifications;
import kz.egov.portal.cabinet.StatusTexts;
import kz.egov.portal.cabinet.Stream;
import kz.egov.portal.cabinet.Timeline;
import kz.egov.portal.config.PortalConfig;
import org.jboss.logging.Logger;

/**
 * Process 4, condition 2, process 5 and process 6 of the regulations: the citizen's EDS over the exact request
 * document is checked here before anything leaves (certificate IIN = request IIN = signed-in IIN, validity, not
 * revoked, chain to НУЦ); a failure is «отказ в связи с не подтверждением подлинности ЭЦП» with its reason code; a
 * success sends the signed document through the outbox to ШЭП/РШЭП.
 */
@ApplicationScoped
public class Submission {

    private static final Logger LOG = Logger.getLogger(Submission.class);

    /** What the citizen sends: the draft and their detached CMS over its document. */
    public record Signed(String draftId, String signature) {
    }

    private final Drafts drafts;
    private final PortalRequests requests;
    private final EdsVerifier verifier;
    private final EnvelopeSender sender;
    private final Timeline timeline;
    private final Notifications notifications;
    private final Clock clock;
    private final String portalId;
    private final String gatewayId;

    Submission(Drafts drafts, PortalRequests requests, EdsVerifier verifier, EnvelopeSender sender, Timeline timeline,
            Notifications notifications, Clock clock, PortalConfig config, PlatformConfig platform) {
        this.drafts = drafts;
        this.requests = requests;
        this.verifier = verifier;
        this.sender = sender;
        this.timeline = timeline;
        this.notifications = notifications;
        this.clock = clock;
        this.portalId = config.participantId();
        this.gatewayId = platform.gatewayId();
    }

    public SubmissionView submit(Citizen citizen, Signed signed, String idempotencyKey) {
        if (signed == null || signed.draftId() == null || signed.signature() == null) {
            throw new RejectedException(ReasonCode.VALIDATION_FAILED, "draftId and signature are required");
        }
        if (idempotencyKey != null && (idempotencyKey.isBlank() || idempotencyKey.length() > 128)) {
            throw new RejectedException(ReasonCode.VALIDATION_FAILED, "Idempotency-Key must have 1 to 128 characters");
        }
        Prior prior = QuarkusTransaction.requiringNew().call(() -> prior(citizen, signed, idempotencyKey));
        if (prior.earlier().isPresent()) {
            return prior.earlier().get();
        }
        Draft draft = prior.draft()
                .orElseThrow(() -> new RejectedException(ReasonCode.NOT_FOUND, "no draft " + signed.draftId()));
        if (draft.expiresAt().isBefore(clock.instant())) {
            throw new RejectedException(ReasonCode.NOT_FOUND, "the draft expired; make a new one");
        }
        byte[] cms = decode(signed.signature());
        conditionTwo(citizen, draft, cms);
        return QuarkusTransaction.requiringNew().call(() -> send(citizen, draft, cms, idempotencyKey));
    }

    /** What a submit finds before it signs anything: the request made the first time, if any, and the draft. */
    private record Prior(Optional<SubmissionView> earlier, Optional<Draft> draft) {
    }

    /** A repeated submit (same key, or the same draft again) answers the request made the first time. */
    private Prior prior(Citizen citizen, Signed signed, String key) {
        Optional<PortalRequest> byKey = key == null ? Optional.empty() : requests.byIdempotencyKey(citizen.iin(), key);
        if (byKey.isPresent()) {
            if (!byKey.get().draftId().equals(signed.draftId())) {
                throw new RejectedException(ReasonCode.REQ_IDEMPOTENCY_CONFLICT, "the key was used for another draft");
            }
            return new Prior(Optional.of(view(byKey.get(), citizen.language())), Optional.empty());
        }
        Optional<Draft> draft = drafts.find(citizen.iin(), signed.draftId());
        Optional<SubmissionView> earlier = draft.flatMap(d -> requests.find(citizen.iin(), d.requestId()))
                .map(r -> view(r, citizen.language()));
        return new Prior(earlier, draft);
    }

    /** Condition 2; on failure process 5: the refusal is recorded as a notification and answered with its code. */
    private SignerIdentity conditionTwo(Citizen citizen, Draft draft, byte[] cms) {
        try {
            SignerIdentity signer = verifier.verify(draft.document(), cms, clock.instant(), SignerRole.CITIZEN)
                    .signer();
            ServiceRequest request = EnvelopeCodec.decode(draft.document(), ServiceRequest.class);
            ChannelRules.checkCitizen(signer, request.applicant().iin(), citizen.iin());
            return signer;
        } catch (RejectedException refused) {
            if (refused.isTransient()) {
                throw refused; // 503 with Retry-After: the draft stays as it is, the citizen submits again
            }
            LOG.infof("condition 2 refused the request %s of %s: %s", draft.requestId(), IinMask.mask(citizen.iin()),
                    refused.reason().code());
            QuarkusTransaction.requiringNew().run(() -> {
                drafts.refused(draft.id());
                notifications.add(citizen.iin(), null, Stream.PORTAL, refused.reason().code());
            });
            throw refused;
        }
    }

    /** Process 6: the signed document leaves through the outbox, in the same transaction as the request. */
    private SubmissionView send(Citizen citizen, Draft draft, byte[] cms, String key) {
        Instant now = clock.instant();
        Envelope envelope = Envelopes.unsealed(portalId, gatewayId, MessageType.SERVICE_REQUEST, draft.serviceCode(),
                draft.requestId(), null, draft.document(), cms, now);
        PortalRequest request = new PortalRequest(draft.requestId(), citizen.iin(), draft.id(), draft.serviceCode(),
                envelope.messageId(), draft.document(), cms, key, null, null, null, null, null, null, null, null);
        Optional<Instant> submittedAt = requests.create(request);
        if (submittedAt.isEmpty()) {
            return view(requests.find(citizen.iin(), draft.requestId()).orElseThrow(() ->
                    new RejectedException(ReasonCode.REQ_IDEMPOTENCY_CONFLICT, "the key was used for another draft")),
                    citizen.language());
        }
        Envelope sent = sender.send(Topics.TO_GATEWAY, envelope);
        timeline.append(draft.requestId(), Stream.PORTAL, StatusTexts.SUBMITTED, "CITIZEN", now, null,
                sent.messageId(), true);
        notifications.add(citizen.iin(), draft.requestId(), Stream.PORTAL, StatusTexts.SUBMITTED);
        LOG.infof("request %s of %s sent to the gateway", draft.requestId(), IinMask.mask(citizen.iin()));
        return view(new PortalRequest(request.requestId(), request.iin(), request.draftId(), request.serviceCode(),
                request.messageId(), null, null, key, null, null, null, null, null, null, submittedAt.get(), null),
                citizen.language());
    }

    static SubmissionView view(PortalRequest r, String language) {
        String status = RequestView.overall(r);
        return new SubmissionView(r.requestId(), r.serviceCode(), status, RequestView.overallText(r, language),
                r.submittedAt());
    }

    private static byte[] decode(String base64) {
        try {
            return Base64.getMimeDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new RejectedException(ReasonCode.EDS_MALFORMED, "the signature is not base64");
        }
    }
}
