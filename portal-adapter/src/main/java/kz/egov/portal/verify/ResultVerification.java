package kz.egov.portal.verify;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import kz.egov.contract.envelope.EnvelopeCodec;
import kz.egov.contract.envelope.SealInput;
import kz.egov.contract.message.ResultDocument;
import kz.egov.contract.reason.ReasonCode;
import kz.egov.contract.reason.RejectedException;
import kz.egov.contract.seal.SignerIdentity;
import kz.egov.contract.message.SignerRole;
import kz.egov.eds.identity.IinMask;
import kz.egov.eds.verify.EdsVerifier;
import kz.egov.portal.cabinet.Results;
import kz.egov.portal.cabinet.StoredResult;
import kz.egov.portal.gateway.GatewayClient;

/**
 * Checks a result document anyone presents: the officer's EDS over exactly these bytes (chain to НУЦ, the
 * certificate's state now), that the portal received exactly this document through the gateway, and that the gateway's
 * evidence records its own check of that signature. A certificate that expired or was revoked after delivery leaves
 * the document authentic «as received on …», with its state now reported.
 */
@ApplicationScoped
public class ResultVerification {

    private static final Set<ReasonCode> LATER_STATE = Set.of(ReasonCode.EDS_EXPIRED, ReasonCode.EDS_REVOKED,
            ReasonCode.EDS_REVOCATION_UNKNOWN);

    private final EdsVerifier verifier;
    private final Results results;
    private final GatewayClient gateway;
    private final Clock clock;

    ResultVerification(EdsVerifier verifier, Results results, GatewayClient gateway, Clock clock) {
        this.verifier = verifier;
        this.results = results;
        this.gateway = gateway;
        this.clock = clock;
    }

    public VerificationReport verify(byte[] document, byte[] signature, String language) {
        Instant now = clock.instant();
        String sha = SealInput.sha256Hex(document);
        Optional<StoredResult> stored = QuarkusTransaction.requiringNew().call(() -> results.byBodySha256(sha));
        SignerIdentity signer = null;
        String stateNow = "VALID";
        try {
            signer = verifier.verify(document, signature, now, SignerRole.OFFICER).signer();
        } catch (RejectedException refused) {
            if (!LATER_STATE.contains(refused.reason()) || stored.isEmpty()
                    || !Arrays.equals(stored.get().signature(), signature)) {
                return refusal(refused.reason(), refused.detail(), stored.orElse(null), language, now);
            }
            stateNow = refused.reason() == ReasonCode.EDS_REVOKED ? "REVOKED"
                    : refused.reason() == ReasonCode.EDS_EXPIRED ? "EXPIRED" : "UNKNOWN";
        }
        if (stored.isEmpty()) {
            return refusal(ReasonCode.NOT_FOUND, "no result with exactly these bytes was delivered through the gateway",
                    null, language, now);
        }
        StoredResult r = stored.get();
        ResultDocument doc = EnvelopeCodec.decode(r.body(), ResultDocument.class);
        if (signer != null && (!doc.signedByIin().equals(signer.iin()) || !r.signerBin().equals(signer.bin()))) {
            return refusal(ReasonCode.EDS_SIGNER_NOT_ACTING_OFFICER, "signed by someone other than the officer the "
                    + "document names", r, language, now);
        }
        VerificationReport.GatewayEvidence evidence = evidence(r);
        if (evidence.available() && !evidence.recorded()) {
            return refusal(ReasonCode.NOT_FOUND, "the gateway's evidence has no check of this result's signature", r,
                    language, now);
        }
        return new VerificationReport(true, null, null, null, r.documentId(), r.requestId(), r.kind(), r.title(),
                signerOf(r, doc), r.receivedAt(), evidence, stateNow, now);
    }

    private VerificationReport.GatewayEvidence evidence(StoredResult r) {
        Optional<List<GatewayClient.EvidenceEntry>> log = gateway.evidence(r.requestId());
        if (log.isEmpty()) {
            return new VerificationReport.GatewayEvidence(false, false, r.gatewayCheckedAt(), null);
        }
        for (GatewayClient.EvidenceEntry e : log.get()) {
            JsonNode d = e.detail();
            if ("RESULT_SIGNATURE".equals(e.subject()) && d != null
                    && r.bodySha256().equalsIgnoreCase(d.path("documentSha256").asText())) {
                return new VerificationReport.GatewayEvidence(true, true, d.path("checkedAt").asText(null),
                        d.path("revocation").asText(null));
            }
        }
        return new VerificationReport.GatewayEvidence(true, false, null, null);
    }

    private static VerificationReport.Signer signerOf(StoredResult r, ResultDocument doc) {
        return new VerificationReport.Signer(r.signerName(), r.signerOrganisation(), r.signerBin(),
                IinMask.mask(doc.signedByIin()), r.certificateSerial());
    }

    private static VerificationReport refusal(ReasonCode reason, String detail, StoredResult r, String language,
            Instant now) {
        return new VerificationReport(false, reason.code(), reason.text(language), detail,
                r == null ? null : r.documentId(), r == null ? null : r.requestId(), null, null, null,
                r == null ? null : r.receivedAt(), null, null, now);
    }
}
