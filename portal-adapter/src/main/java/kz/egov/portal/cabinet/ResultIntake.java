package kz.egov.portal.cabinet;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.JsonNode;
import kz.egov.contract.envelope.Envelope;
import kz.egov.contract.envelope.SealInput;
import kz.egov.contract.message.ResultDocument;
import kz.egov.contract.message.ResultKind;
import kz.egov.contract.reason.ReasonCode;
import kz.egov.contract.reason.RejectedException;
import kz.egov.contract.schema.BodyValidator;
import kz.egov.contract.seal.SignerIdentity;
import kz.egov.contract.status.BusinessStatus;
import kz.egov.contract.status.StatusMachine;
import kz.egov.contract.message.SignerRole;
import kz.egov.eds.identity.ChannelRules;
import kz.egov.platform.messaging.GatewayEnvelopes;
import kz.egov.portal.request.PortalRequest;
import kz.egov.portal.request.PortalRequests;
import kz.egov.reference.Participants;

/**
 * Process 7 as the cabinet sees it: the result (or motivated refusal) signed with the officer's EDS arrives; the
 * signature is checked again here (valid, not revoked, an employee of the provider by BIN, the signer the document
 * names) before the document is kept and shown («исполненные»).
 */
@ApplicationScoped
public class ResultIntake {

    private final GatewayEnvelopes gateway;
    private final PortalRequests requests;
    private final Results results;
    private final Timeline timeline;
    private final Notifications notifications;
    private final Clock clock;

    ResultIntake(GatewayEnvelopes gateway, PortalRequests requests, Results results, Timeline timeline,
            Notifications notifications, Clock clock) {
        this.gateway = gateway;
        this.requests = requests;
        this.results = results;
        this.timeline = timeline;
        this.notifications = notifications;
        this.clock = clock;
    }

    void take(PortalRequest r, Envelope original, GatewayEnvelopes.Received received) {
        ResultDocument doc = BodyValidator.parse(original.type(), original.body(), ResultDocument.class);
        BackTrafficHandler.requireSameRequest(r, doc.requestId());
        if (!doc.applicantIin().equals(r.iin())) {
            throw new RejectedException(ReasonCode.MSG_APPLICANT_MISMATCH, "the result names another applicant");
        }
        SignerIdentity signer = gateway.verifyPerson(original, SignerRole.OFFICER).signer();
        ChannelRules.checkOrganisationPerson(signer, Participants.byId(original.sender()).bin());
        if (!signer.iin().equals(doc.signedByIin())) {
            throw new RejectedException(ReasonCode.EDS_SIGNER_NOT_ACTING_OFFICER, "the result names another signer");
        }
        boolean first = results.store(new StoredResult(doc.documentId(), r.requestId(), original.body(),
                SealInput.sha256Hex(original.body()), original.personSignature(), doc.kind().name(), doc.title(),
                signer.commonName(), signer.organisation(), signer.bin(), signer.serialNumberHex(), original.sender(),
                received.outer().messageId(), checkedAt(received), null));
        if (!first) {
            return;
        }
        BusinessStatus target = doc.kind() == ResultKind.MOTIVATED_REFUSAL ? BusinessStatus.MOTIVATED_REFUSAL
                : BusinessStatus.COMPLETED;
        BusinessStatus from = r.businessStatus() == null ? null : BusinessStatus.valueOf(r.businessStatus());
        if (from != target && StatusMachine.allowed(from, target)) {
            requests.business(r.requestId(), target.name());
            timeline.append(r.requestId(), Stream.BUSINESS, target.name(), doc.signedByRole(), doc.issuedAt(), null,
                    original.messageId(), true);
        }
        timeline.append(r.requestId(), Stream.RESULT, StatusTexts.RESULT_DELIVERED, doc.signedByRole(), clock.instant(),
                doc.title(), original.messageId(), true);
        notifications.add(r.iin(), r.requestId(), Stream.RESULT, StatusTexts.RESULT_DELIVERED);
    }

    /** When the gateway checked the officer's signature (its enrichment), if it says. */
    private static String checkedAt(GatewayEnvelopes.Received received) {
        if (received.enrichment() == null) {
            return null;
        }
        JsonNode n = received.enrichment(JsonNode.class);
        return n.hasNonNull("signaturesCheckedAt") ? n.get("signaturesCheckedAt").asText() : null;
    }
}
