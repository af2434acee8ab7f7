package kz.egov.mio.inbox;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A walk-in request keyed in by an officer, waiting for that officer's EDS. */
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
}
