package kz.egov.gateway.auth;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.micrometer.core.instrument.MeterRegistry;
import kz.egov.contract.envelope.Envelope;
import kz.egov.contract.envelope.Envelopes;
import kz.egov.contract.message.SignerRole;
import kz.egov.contract.reason.ReasonCode;
import kz.egov.contract.reason.RejectedException;
import kz.egov.contract.seal.SignerIdentity;
import kz.egov.gateway.config.GatewayConfig;
import kz.egov.gateway.evidence.EvidenceLog;
import kz.egov.gateway.participant.Participant;
import kz.egov.gateway.participant.ParticipantRegistry;
import kz.egov.platform.pki.SignatureMemo;

/**
 * Check (1) of every message: the sender is a known, active participant, the seal is valid and is that
 * participant's, the message is addressed to the gateway, and the sender may send this type.
 */
@ApplicationScoped
public class InboundVerification {

    private final ParticipantRegistry participants;
    private final SealCheck sealCheck;
    private final SignatureMemo memo;
    private final EvidenceLog evidence;
    private final MeterRegistry metrics;
    private final String gatewayId;

    InboundVerification(ParticipantRegistry participants, SealCheck sealCheck, SignatureMemo memo,
            EvidenceLog evidence, MeterRegistry metrics, GatewayConfig config) {
        this.participants = participants;
        this.sealCheck = sealCheck;
        this.memo = memo;
        this.evidence = evidence;
        this.metrics = metrics;
        this.gatewayId = config.participantId();
    }

    /** The sending participant; unknown senders are refused (a dead letter: there is no one to answer). */
    private Participant knownSender(Envelope e) {
        return participants.find(e.sender()).orElseThrow(() -> {
            evidence.append(e.correlationId(), e.messageId(), EvidenceLog.IN, e.type().name(),
                    ReasonCode.MSG_UNKNOWN_SENDER.code(), Map.of("sender", e.sender()));
            return new RejectedException(ReasonCode.MSG_UNKNOWN_SENDER, "unknown sender " + e.sender());
        });
    }

    /**
     * Who sent the message, established before anything else is done with it: a known, active participant whose
     * pinned system certificate made a valid seal over it. A refusal is thrown out of the handler, so the message
     * becomes a dead letter with its reason, and nothing else happens: no answer to the participant it claims to be
     * from, no routed request, no evidence of an accepted message (a forged message cannot take a real request's id
     * first). A revocation status that cannot be established is a transient refusal: retried, never accepted.
     */
    public Participant authenticate(Envelope e, Instant now) {
        Participant sender = knownSender(e);
        requireSeal(e, sender, now);
        return sender;
    }

    /**
     * The seal part of {@link #authenticate}: {@code sender} is active and its pinned system certificate made a valid
     * seal over the message. Records {@code SENDER_SEAL}.
     */
    public void requireSeal(Envelope e, Participant sender, Instant now) {
        if (e.seal() == null) {
            throw new RejectedException(ReasonCode.MSG_SEAL_INVALID, "no seal");
        }
        SignerIdentity seal = memo.verify(Envelopes.sealedContent(e), e.seal(), SignerRole.SYSTEM).signer();
        sealCheck.requireSealOf(sender, seal);
        evidence.append(e.correlationId(), e.messageId(), EvidenceLog.CHECK, "SENDER_SEAL", EvidenceLog.OK,
                Map.of("sender", sender.id(), "certificateSha256", seal.certificateSha256(),
                        "certificateSerial", seal.serialNumberHex(), "checkedAt", now.toString()));
    }

    /**
     * What an {@link #authenticate authenticated} sender may do: a message addressed to the gateway, of a type the
     * participant may send. A refusal (a RejectedException) is answered to the sender.
     */
    public void authorize(Envelope e, Participant sender, Instant now) {
        if (!gatewayId.equals(e.recipient())) {
            throw new RejectedException(ReasonCode.MSG_NOT_PERMITTED,
                    "addressed to " + e.recipient() + ", not the gateway");
        }
        metrics.timer("egov_gateway_hop_latency", "type", e.type().name(), "from", sender.kind().name())
                .record(Duration.between(e.createdAt(), now).abs());
        if (!sender.maySend().contains(e.type())) {
            throw new RejectedException(ReasonCode.MSG_NOT_PERMITTED, sender.id() + " may not send " + e.type());
        }
    }

    /** Parallel preparation: the seal check of a message ahead of its transaction. */
    public void prepareSeal(Envelope e) {
        if (e.seal() != null) {
            memo.prepare(Envelopes.sealedContent(e), e.seal(), SignerRole.SYSTEM);
        }
    }

    /** The gateway's participant id ({@link GatewayConfig#participantId()}). */
    public String gatewayId() {
        return gatewayId;
    }
}
