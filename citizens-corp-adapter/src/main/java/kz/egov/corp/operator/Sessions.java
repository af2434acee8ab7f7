package kz.egov.corp.operator;

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
import kz.egov.corp.branch.Branches;
import kz.egov.corp.config.CorpConfig;
import kz.egov.platform.persistence.Rows;
import kz.egov.platform.http.SessionProbe;

/** Operator sessions: opaque bearer tokens kept as SHA-256 with an expiry. */
@ApplicationScoped
public class Sessions implements SessionProbe {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final EntityManager em;
    private final Operators operators;
    private final Branches branches;
    private final Clock clock;
    private final Duration lifetime;

    Sessions(EntityManager em, Operators operators, Branches branches, Clock clock, CorpConfig config) {
        this.em = em;
        this.operators = operators;
        this.branches = branches;
        this.clock = clock;
        this.lifetime = config.corp().sessionDuration();
    }

    /** Opens a session; must run in a transaction. */
    public Session open(Operator op, String method) {
        byte[] raw = new byte[32];
        RANDOM.nextBytes(raw);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        Instant expires = clock.instant().plus(lifetime);
        em.createNativeQuery("INSERT INTO operator_session (token_sha256, operator_id, method, expires_at) "
                + "VALUES (?1, ?2, ?3, CAST(?4 AS TIMESTAMPTZ))").setParameter(1, hash(token)).setParameter(2, op.id())
                .setParameter(3, method).setParameter(4, expires.toString()).executeUpdate();
        return new Session(token, expires, method, op.id(), op.login(), op.branchId());
    }

    /** The signed-in operator of an {@code Authorization: Bearer} header, or AUTH_TOKEN_INVALID. */
    @Transactional
    public SignedIn require(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw new RejectedException(ReasonCode.UNAUTHENTICATED, "operator sign-in required (Authorization: Bearer)");
        }
        List<Object[]> rows = Rows.list(em.createNativeQuery("SELECT operator_id FROM operator_session "
                + "WHERE token_sha256 = ?1 AND expires_at > CAST(?2 AS TIMESTAMPTZ)")
                .setParameter(1, hash(authorization.substring(7).trim()))
                .setParameter(2, clock.instant().toString()));
        if (rows.isEmpty()) {
            throw new RejectedException(ReasonCode.AUTH_TOKEN_INVALID, "unknown or expired session");
        }
        Operator op = operators.find(Rows.number(rows.get(0)[0])).orElseThrow();
        var branch = branches.require(op.branchId());
        if (!op.active() || !branch.active()) {
            throw new RejectedException(ReasonCode.AUTH_TOKEN_INVALID, "the account or its branch is disabled");
        }
        return new SignedIn(op, branch);
    }

    /** An open session of an active operator: asked before a package's scans are read. */
    @Override
    public void check(String authorization) {
        require(authorization);
    }

    /** Ends every session of the operator (a password reset, a deactivation); runs in the caller's transaction. */
    public void endAll(long operatorId) {
        em.createNativeQuery("DELETE FROM operator_session WHERE operator_id = ?1").setParameter(1, operatorId)
                .executeUpdate();
    }

    @Transactional
    public void close(String authorization) {
        if (authorization != null && authorization.length() > 7) {
            em.createNativeQuery("DELETE FROM operator_session WHERE token_sha256 = ?1")
                    .setParameter(1, hash(authorization.substring(7).trim())).executeUpdate();
        }
    }

    private static String hash(String token) {
        return SealInput.sha256Hex(token.getBytes(StandardCharsets.UTF_8));
    }
}
