package kz.egov.portal.account;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import kz.egov.contract.envelope.SealInput;
import kz.egov.contract.reason.ReasonCode;
import kz.egov.contract.reason.RejectedException;
import kz.egov.platform.persistence.Rows;
import kz.egov.portal.config.PortalConfig;
import kz.egov.platform.http.SessionProbe;

/** Citizen sessions: short-lived opaque bearer tokens, kept only as SHA-256, revocable by signing out. */
@ApplicationScoped
public class Sessions implements SessionProbe {

    private static final SecureRandom RANDOM = new SecureRandom();

    /** A new session's token (shown once) and its expiry. */
    public record Opened(String token, Instant expiresAt) {
    }

    private final EntityManager em;
    private final CurrentCitizen current;
    private final Clock clock;
    private final Duration lifetime;

    Sessions(EntityManager em, CurrentCitizen current, Clock clock, PortalConfig config) {
        this.em = em;
        this.current = current;
        this.clock = clock;
        this.lifetime = config.portal().sessionDuration();
    }

    /** Opens a session; must run in a transaction. */
    public Opened open(String iin) {
        byte[] raw = new byte[32];
        RANDOM.nextBytes(raw);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        Instant expires = clock.instant().plus(lifetime);
        em.createNativeQuery("INSERT INTO citizen_session (token_sha256, iin, expires_at) VALUES (?1, ?2, "
                + "CAST(?3 AS TIMESTAMPTZ))").setParameter(1, hash(token)).setParameter(2, iin)
                .setParameter(3, Rows.ts(expires)).executeUpdate();
        return new Opened(token, expires);
    }

    /** The signed-in citizen of an {@code Authorization: Bearer} header; refused with AUTH_TOKEN_INVALID. */
    @Transactional
    public Citizen require(String authorization) {
        String token = bearer(authorization);
        // one statement per authenticated call: the session and its account (a session cannot outlive its account)
        List<Object[]> rows = Rows.list(em, "SELECT a.iin, a.language, a.surname, a.given_name, a.patronymic "
                + "FROM citizen_session s JOIN citizen_account a ON a.iin = s.iin "
                + "WHERE s.token_sha256 = ?1 AND s.expires_at > CAST(?2 AS TIMESTAMPTZ)", hash(token),
                Rows.ts(clock.instant()));
        if (rows.isEmpty()) {
            throw new RejectedException(ReasonCode.AUTH_TOKEN_INVALID, "unknown, expired or signed-out session");
        }
        Object[] a = rows.get(0);
        String language = Rows.string(a[1]);
        current.knownLanguage(language);
        return new Citizen(Rows.string(a[0]), language, (String) a[2], (String) a[3], (String) a[4]);
    }

    /** An open session, or AUTH_TOKEN_INVALID: asked before a multipart draft's files are read. */
    @Override
    public void check(String authorization) {
        require(authorization);
    }

    /** Signs out: the token stops working at once. */
    @Transactional
    public void close(String authorization) {
        em.createNativeQuery("DELETE FROM citizen_session WHERE token_sha256 = ?1")
                .setParameter(1, hash(bearer(authorization))).executeUpdate();
    }

    /** Ends every other session of the citizen (after a password change); must run in a transaction. */
    public void closeOthers(String iin, String authorization) {
        em.createNativeQuery("DELETE FROM citizen_session WHERE iin = ?1 AND token_sha256 <> ?2").setParameter(1, iin)
                .setParameter(2, hash(bearer(authorization))).executeUpdate();
    }

    private static String bearer(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)
                || authorization.length() < 8) {
            throw new RejectedException(ReasonCode.UNAUTHENTICATED, "sign in first (Authorization: Bearer <token>)");
        }
        return authorization.substring(7).trim();
    }

    private static String hash(String token) {
        return SealInput.sha256Hex(token.getBytes(StandardCharsets.UTF_8));
    }
}
