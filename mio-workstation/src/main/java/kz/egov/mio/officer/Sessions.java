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
import kz.egov.platform.auth.SignInGuard;

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

    private final EntityManager em;
    private final Officers officers;
    private final SignInGuard guard;
    private final Clock clock;
    private final Duration ttl;
    private final int maxFailures;
    private final Duration lockDuration;

    Sessions(EntityManager em, Officers officers, SignInGuard guard, Clock clock, MioConfig config) {
        this.em = em;
        this.officers = officers;
        this.guard = guard;
        this.clock = clock;
        this.ttl = config.mio().sessionTtl();
        this.maxFailures = config.mio().maxFailedSignIns();
        this.lockDuration = config.mio().lockDuration();
    }

    /**
     * Checks the password. Attempts are counted per IIN whether an officer has it or not ({@link SignInGuard}: one
     * attempt per IIN at a time, a refusal still counts), an unknown or inactive officer costs the same bcrypt work
     * and gets the same answer as a wrong password.
     */
    public Issued signIn(String iin, String password) {
        if (iin == null || !iin.matches("[0-9]{12}") || password == null) {
            throw new RejectedException(ReasonCode.AUTH_BAD_CREDENTIALS, "IIN and password are required");
        }
        Instant now = clock.instant();
        Attempt attempt = QuarkusTransaction.requiringNew().call(() -> attempt(iin, password, now));
        if (attempt.refusal() != null) {
            throw attempt.refusal();
        }
        return attempt.issued();
    }

    /** What one attempt came to; a refusal is thrown after its transaction commits the count. */
    private record Attempt(Issued issued, RejectedException refusal) {
    }

    private Attempt attempt(String iin, String password, Instant now) {
        try {
            guard.enter(iin, now);
        } catch (RejectedException locked) {
            return new Attempt(null, locked);
        }
        Officer o = officers.findByIin(iin).filter(x -> x.active).orElse(null);
        if (!PasswordHashing.matchesAccount(password, Optional.ofNullable(o).map(x -> x.passwordHash))) {
            boolean locks = guard.failed(iin, maxFailures, now.plus(lockDuration));
            return new Attempt(null, locks
                    ? new RejectedException(ReasonCode.AUTH_ACCOUNT_LOCKED, "too many failed attempts")
                    : new RejectedException(ReasonCode.AUTH_BAD_CREDENTIALS, "wrong IIN or password"));
        }
        guard.succeeded(iin);
        byte[] raw = new byte[32];
        RANDOM.nextBytes(raw);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        Instant expires = now.plus(ttl);
        OfficerSession s = new OfficerSession();
        s.tokenSha256 = hash(token);
        s.officerId = o.id;
        s.expiresAt = expires;
        em.persist(s);
        return new Attempt(new Issued(token, expires, o), null);
    }

    /** Ends every session of the officer (a password reset, a deactivation); runs in the caller's transaction. */
    public void endAll(Officer officer) {
        em.createQuery("DELETE FROM OfficerSession WHERE officerId = ?1").setParameter(1, officer.id).executeUpdate();
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
