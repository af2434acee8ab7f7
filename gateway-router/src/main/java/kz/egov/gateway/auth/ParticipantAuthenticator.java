package kz.egov.gateway.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;

import jakarta.enterprise.context.ApplicationScoped;

import kz.egov.contract.reason.ReasonCode;
import kz.egov.contract.reason.RejectedException;
import kz.egov.contract.seal.SignerIdentity;
import kz.egov.contract.message.SignerRole;
import kz.egov.eds.verify.EdsVerifier;
import kz.egov.gateway.participant.Participant;
import kz.egov.gateway.participant.ParticipantRegistry;
import kz.egov.platform.http.SealedCall;

/**
 * Checks that a REST call comes from an active participant: its seal over the call verifies with a certificate of
 * that participant (system certificate, CN = participant id, BIN = the participant's BIN, pinned when registered).
 */
@ApplicationScoped
public class ParticipantAuthenticator {

    private static final Duration MAX_SKEW = Duration.ofMinutes(5);

    private final EdsVerifier verifier;
    private final ParticipantRegistry participants;
    private final SealCheck sealCheck;
    private final Clock clock;

    ParticipantAuthenticator(EdsVerifier verifier, ParticipantRegistry participants, SealCheck sealCheck, Clock clock) {
        this.verifier = verifier;
        this.participants = participants;
        this.sealCheck = sealCheck;
        this.clock = clock;
    }

    public Participant authenticate(String participantId, String timestamp, String seal, String method,
            String pathAndQuery, byte[] body) {
        if (participantId == null || timestamp == null || seal == null) {
            throw new RejectedException(ReasonCode.UNAUTHENTICATED, "sealed participant call required ("
                    + SealedCall.PARTICIPANT + ", " + SealedCall.TIMESTAMP + ", " + SealedCall.SEAL + ")");
        }
        try {
            Instant ts = Instant.parse(timestamp);
            if (Duration.between(ts, clock.instant()).abs().compareTo(MAX_SKEW) > 0) {
                throw new RejectedException(ReasonCode.UNAUTHENTICATED, "call timestamp too far from now");
            }
        } catch (DateTimeParseException e) {
            throw new RejectedException(ReasonCode.UNAUTHENTICATED, "bad call timestamp");
        }
        Participant participant = participants.find(participantId)
                .orElseThrow(() -> new RejectedException(ReasonCode.MSG_UNKNOWN_SENDER, "unknown participant"));
        byte[] cms;
        try {
            cms = Base64.getDecoder().decode(seal);
        } catch (IllegalArgumentException e) {
            throw new RejectedException(ReasonCode.EDS_MALFORMED, "seal is not base64");
        }
        SignerIdentity signer = verifier.forRole(SignerRole.SYSTEM)
                .verifyDetached(SealedCall.signingInput(method, pathAndQuery, timestamp, body), cms, clock.instant());
        sealCheck.requireSealOf(participant, signer);
        return participant;
    }
}
