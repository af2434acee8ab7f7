package kz.egov.mio.inbox;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A walk-in request keyed in by an officer, waiting for that officer's EDS; for another body's service (channel
 * VIA_OTHER_BODY), also what the provider answered this office, its origin: the status, the signed result, the hand-over.
 */
@Entity
@Table(name = "walk_in_draft")
public class WalkInDraft {

    @Id
    @Column(name = "request_id")
    public String requestId;

    @Column(name = "officer_id")
    public Long officerId;

    @Column(name = "provider_id")
    public String providerId;

    public byte[] document;

    @Column(name = "submitted_at")
    public Instant submittedAt;

    /** PROVIDER_OFFICE (the office's own service) or VIA_OTHER_BODY (another body provides it). */
    public String channel;

    /** The provider's latest business status, as it reached this office. */
    @Column(name = "business_status")
    public String businessStatus;

    @Column(name = "status_comment")
    public String statusComment;

    @Column(name = "status_at")
    public Instant statusAt;

    /** The provider's signed result (document and detached CMS), for the office to issue. */
    @Column(name = "result_document")
    public byte[] resultDocument;

    @Column(name = "result_signature")
    public byte[] resultSignature;

    @Column(name = "handed_over_at")
    public Instant handedOverAt;
}
