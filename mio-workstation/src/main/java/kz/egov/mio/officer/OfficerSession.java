package kz.egov.mio.officer;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A sign-in session; the token itself is never stored, only its SHA-256. */
@Entity
@Table(name = "officer_session")
public class OfficerSession {

    @Id
    @Column(name = "token_sha256")
    public String tokenSha256;

    @Column(name = "officer_id")
    public Long officerId;

    @Column(name = "expires_at")
    public Instant expiresAt;
}
