package kz.egov.mio.officer;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import io.quarkus.narayana.jta.QuarkusTransaction;
import kz.egov.contract.envelope.SealInput;
import kz.egov.contract.reason.ReasonCode;
import kz.egov.contract.reason.RejectedException;
import kz.egov.mio.config.MioConfig;
import kz.egov.platform.admin.PasswordHashing;

/**
 * Officer sign-in: IIN + password → an opaque bearer token (kept hashed, with an expiry); locks after repeated
 * failures. Expiries and lock-outs run on the plain clock, never on the workflow's.
 */
@ApplicationScoped
public class Sessions {

    /** A new session: the token (shown once) and its expiry. */
    public record Issued(String token, Instant expiresAt, Officer officer) {
    }

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String DUMMY_HASH = PasswordHashing.hash("not-a-password");

    private final EntityManager em;
    private final Officers officers;
    private final Clock clock;
    private final Duration ttl;
    private final int maxFailures;
    private final Duration lockDuration;

    Sessions(EntityManager em, Officers officers, Clock clock, MioConfig config) {
        this.em = em;
        this.officers = officers;
        this.clock = clock;
        this.ttl = config.mio().sessionTtl();
        this.maxFailures = config.mio().maxFailedSignIns();
        this.lockDuration = config.mio().lockDuration();
    }

    /** Checks the password; counts failures in their own transaction so a refusal still locks. */
    public Issued signIn(String iin, String password) {
        Instant now = clock.instant();
        Officer o = QuarkusTransaction.requiringNew().call(() -> officers.findByIin(iin).orElse(null));
        if (o == null || !o.active) {
            PasswordHashing.matches(password, DUMMY_HASH); // same work as a real check
            throw new RejectedException(ReasonCode.AUTH_BAD_CREDENTIALS, "unknown or inactive officer");
        }
        if (o.lockedUntil != null && o.lockedUntil.isAfter(now)) {
            throw new RejectedException(ReasonCode.AUTH_ACCOUNT_LOCKED, "locked until " + o.lockedUntil);
        }
        if (!PasswordHashing.matches(password, o.passwordHash)) {
            QuarkusTransaction.requiringNew().run(() -> {
                Officer locked = em.find(Officer.class, o.id);
                locked.failedAttempts++;
                if (locked.failedAttempts >= maxFailures) {
                    locked.lockedUntil = now.plus(lockDuration);
                    locked.failedAttempts = 0;
                }
            });
            throw new RejectedException(ReasonCode.AUTH_BAD_CREDENTIALS, "wrong password");
        }
        byte[] raw = new byte[32];
        RANDOM.nextBytes(raw);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        Instant expires = now.plus(ttl);
        QuarkusTransaction.requiringNew().run(() -> {
            Officer ok = em.find(Officer.class, o.id);
            ok.failedAttempts = 0;
            ok.lockedUntil = null;
            OfficerSession s = new OfficerSession();
            s.tokenSha256 = hash(token);
            s.officerId = o.id;
            s.expiresAt = expires;
            em.persist(s);
        });
        return new Issued(token, expires, o);
    }

    /** The officer of a valid, unexpired token of an active account. */
    public Optional<Officer> resolve(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        return QuarkusTransaction.requiringNew().call(() -> {
            OfficerSession s = em.find(OfficerSession.class, hash(token));
            if (s == null || s.expiresAt.isBefore(clock.instant())) {
                return Optional.<Officer>empty();
            }
            return officers.find(s.officerId).filter(o -> o.active);
        });
    }

    public void signOut(String token) {
        QuarkusTransaction.requiringNew().run(() -> em.createQuery("DELETE FROM OfficerSession WHERE tokenSha256 = ?1")
                .setParameter(1, hash(token)).executeUpdate());
    }

    private static String hash(String token) {
        return SealInput.sha256Hex(token.getBytes(StandardCharsets.UTF_8));
    }
}
