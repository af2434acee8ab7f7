package kz.egov.platform.messaging;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import kz.egov.contract.envelope.Envelope;
import kz.egov.contract.envelope.EnvelopeCodec;
import kz.egov.contract.envelope.Envelopes;
import kz.egov.contract.reason.ReasonCode;
import kz.egov.contract.reason.RejectedException;
import kz.egov.contract.seal.SignerIdentity;
import kz.egov.contract.message.SignerRole;
import kz.egov.eds.verify.EdsVerifier;
import kz.egov.eds.verify.VerifiedSignature;
import kz.egov.platform.config.PlatformConfig;
import kz.egov.platform.pki.SignatureMemo;

/**
 * What a service checks on everything it receives: it comes from the gateway (ШЭП), sealed with the gateway's system
 * certificate; when it forwards another participant's envelope (whose body and person signature travel only inside
 * it), that original's seal verifies too. The person's own EDS is checked by {@link #verifyPerson}.
 */
@ApplicationScoped
public class GatewayEnvelopes {

    private final EdsVerifier verifier;
    private final SignatureMemo memo;
    private final Clock clock;
    private final String gatewayId;

    GatewayEnvelopes(EdsVerifier verifier, SignatureMemo memo, Clock clock, PlatformConfig config) {
        this.verifier = verifier;
        this.memo = memo;
        this.clock = clock;
        this.gatewayId = config.gatewayId();
    }

    /** A message from the gateway to us, verified; returns the original when it forwards one, else itself. */
    public Received receive(Envelope e) {
        if (!gatewayId.equals(e.sender())) {
            throw new RejectedException(ReasonCode.MSG_UNKNOWN_SENDER, "only the gateway sends to this service");
        }
        Instant now = clock.instant();
        SignerIdentity gatewaySeal = Envelopes.verifySeal(e, verifier.forRole(SignerRole.SYSTEM), now);
        if (!gatewayId.equals(gatewaySeal.commonName())) {
            throw new RejectedException(ReasonCode.MSG_SEAL_INVALID, "not sealed by the gateway");
        }
        if (!e.isForwarding()) {
            return new Received(e, e, null);
        }
        Envelope original = Envelopes.unwrap(e);
        SignerIdentity originSeal = Envelopes.verifySeal(original, verifier.forRole(SignerRole.SYSTEM), now);
        if (!original.sender().equals(originSeal.commonName())) {
            throw new RejectedException(ReasonCode.MSG_SEAL_INVALID, "the original is not sealed by its sender");
        }
        return new Received(e, original, e.enrichment());
    }

    /** Checks a person's EDS over a body (validity, chain, revocation, algorithm for the role). */
    public VerifiedSignature verifyPerson(Envelope original, SignerRole role) {
        if (original.personSignature() == null) {
            throw new RejectedException(ReasonCode.EDS_MALFORMED, "no person signature");
        }
        return memo.verify(original.body(), original.personSignature(), role);
    }

    /**
     * Makes {@link #verifyPerson}'s check ahead of the transaction (in a handler's parallel {@code prepare}); the
     * handler's own call then takes its outcome. Nothing is skipped: the check is made in full, only earlier.
     */
    public void preparePerson(Envelope original, SignerRole role) {
        memo.prepare(original.body(), original.personSignature(), role);
    }

    /**
     * A verified message: the gateway's envelope, the original it carries (or itself) and the gateway's enrichment.
     */
    public record Received(Envelope outer, Envelope original, byte[] enrichment) {

        /** The gateway's enrichment parsed into a type (e.g. a record with {@code person} and {@code routing}). */
        public <T> T enrichment(Class<T> type) {
            if (enrichment == null) {
                throw new RejectedException(ReasonCode.MSG_SCHEMA_VIOLATION, "no gateway enrichment");
            }
            try {
                return EnvelopeCodec.json().readValue(enrichment, type);
            } catch (IOException e) {
                throw new RejectedException(ReasonCode.MSG_SCHEMA_VIOLATION, "bad gateway enrichment");
            }
        }
    }
}
