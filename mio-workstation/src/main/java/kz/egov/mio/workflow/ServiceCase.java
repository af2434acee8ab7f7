package kz.egov.mio.workflow;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A request under processing at a provider: the request document and the gateway's envelope and enrichment as
 * received, the business status, the catalog step it is at with its due time, and the draft result.
 */
@Entity
@Table(name = "service_case")
public class ServiceCase {

    @Id
    @Column(name = "request_id")
    public String requestId;

    @Column(name = "provider_id")
    public String providerId;

    @Column(name = "service_code")
    public String serviceCode;

    @Column(name = "variant_code")
    public String variantCode;

    public String channel;

    public String origin;

    @Column(name = "applicant_iin")
    public String applicantIin;

    @Column(name = "package_id")
    public String packageId;

    public String language;

    @Column(name = "incoming_number")
    public String incomingNumber;

    @Column(name = "received_at")
    public Instant receivedAt;

    @Column(name = "gateway_message_id")
    public String gatewayMessageId;

    // what the citizen signed and the gateway enriched is evidence: written once, never updated (and so never
    // dirty-checked byte by byte at each flush)
    @Column(name = "request_document", updatable = false)
    public byte[] requestDocument;

    @Column(name = "person_signature", updatable = false)
    public byte[] personSignature;

    @Column(name = "original_envelope", updatable = false)
    public byte[] originalEnvelope;

    @Column(updatable = false)
    public byte[] enrichment;

    public String status;

    @Column(name = "step_index")
    public int stepIndex;

    @Column(name = "step_started_at")
    public Instant stepStartedAt;

    @Column(name = "step_due_at")
    public Instant stepDueAt;

    @Column(name = "term_started_at")
    public Instant termStartedAt;

    @Column(name = "due_at")
    public Instant dueAt;

    @Column(name = "assigned_executor")
    public String assignedExecutor;

    @Column(name = "awaiting_registry")
    public boolean awaitingRegistry;

    /** RESULT or REFUSAL, null while nothing is prepared. */
    @Column(name = "draft_kind")
    public String draftKind;

    /** The catalog's result document code the draft is of. */
    @Column(name = "draft_result_code")
    public String draftResultCode;

    @Column(name = "draft_reason_code")
    public String draftReasonCode;

    @Column(name = "draft_ground")
    public String draftGround;

    /** What the executor entered with the draft (JSON object), for the registry command and the document. */
    @Column(name = "draft_details")
    public String draftDetails;

    /** The registry's record card as last returned (JSON). */
    @Column(name = "registry_card")
    public String registryCard;

    /** The exact bytes offered for signature, and to whom. */
    public byte[] document;

    @Column(name = "document_signer")
    public String documentSigner;

    @Column(name = "document_version")
    public int documentVersion;

    @Column(name = "signed_at")
    public Instant signedAt;

    /** COMPLETED, MOTIVATED_REFUSAL, REFUSAL_TO_ACCEPT or WITHDRAWN once decided. */
    public String outcome;

    @Column(name = "finished_at")
    public Instant finishedAt;

    public boolean finished() {
        return finishedAt != null;
    }

    public void clearDraft() {
        draftKind = null;
        draftResultCode = null;
        draftReasonCode = null;
        draftGround = null;
        draftDetails = null;
        document = null;
        documentSigner = null;
    }
}
