package kz.egov.corp.operator;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import kz.egov.contract.reason.ReasonCode;
import kz.egov.contract.reason.RejectedException;
import kz.egov.contract.seal.SignerIdentity;
import kz.egov.corp.branch.Branch;
import kz.egov.corp.branch.Branches;
import kz.egov.platform.persistence.Rows;
import kz.egov.contract.message.SignerRole;
import kz.egov.eds.identity.ChannelRules;
import kz.egov.eds.verify.EdsVerifier;

/**
 * Sign-in by EDS: the operator signs a one-time challenge with their certificate; it must verify for the operator
 * role, carry the State Corporation BIN of the operator's branch and the IIN of an active operator account.
 */
@ApplicationScoped
public class EdsSignIn {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Duration CHALLENGE_LIFETIME = Duration.ofMinutes(5);

    /** A challenge to sign: its id and the exact text (UTF-8) to sign. */
    public record Challenge(String challengeId, String challenge, Instant expiresAt) {
    }

    private final EntityManager em;
    private final EdsVerifier verifier;
    private final Operators operators;
    private final Branches branches;
    private final Sessions sessions;
    private final Clock clock;

    EdsSignIn(EntityManager em, EdsVerifier verifier, Operators operators, Branches branches, Sessions sessions,
            Clock clock) {
        this.em = em;
        this.verifier = verifier;
        this.operators = operators;
        this.branches = branches;
        this.sessions = sessions;
        this.clock = clock;
    }

    @Transactional
    public Challenge challenge() {
        byte[] nonce = new byte[24];
        RANDOM.nextBytes(nonce);
        String id = UUID.randomUUID().toString();
        Instant expires = clock.instant().plus(CHALLENGE_LIFETIME);
        String text = "egov-corp-signin-v1\n" + id + "\n" + HexFormat.of().formatHex(nonce) + "\n" + expires + "\n";
        // expired and used challenges go (the table holds only live ones: a flood of challenges costs nothing lasting)
        em.createNativeQuery("DELETE FROM signin_challenge WHERE expires_at < CAST(?1 AS TIMESTAMPTZ) OR used")
                .setParameter(1, clock.instant().toString()).executeUpdate();
        em.createNativeQuery("INSERT INTO signin_challenge (id, challenge, expires_at) VALUES (?1, ?2, "
                + "CAST(?3 AS TIMESTAMPTZ))").setParameter(1, id).setParameter(2, text)
                .setParameter(3, expires.toString()).executeUpdate();
        return new Challenge(id, text, expires);
    }

    @Transactional
    public Session signIn(String challengeId, String signatureBase64) {
        Instant now = clock.instant();
        List<Object[]> rows = Rows.list(em.createNativeQuery("UPDATE signin_challenge SET used = TRUE WHERE id = ?1 "
                + "AND NOT used AND expires_at > CAST(?2 AS TIMESTAMPTZ) RETURNING challenge")
                .setParameter(1, challengeId).setParameter(2, now.toString()));
        if (rows.isEmpty()) {
            throw new RejectedException(ReasonCode.AUTH_TOKEN_INVALID, "unknown, used or expired challenge");
        }
        byte[] challenge = ((String) rows.get(0)[0]).getBytes(StandardCharsets.UTF_8);
        SignerIdentity signer = verifier.verifySignIn(challenge, decode(signatureBase64), now, SignerRole.OPERATOR)
                .signer();
        Operator op = signer.iin() == null ? null : operators.findByIin(signer.iin()).orElse(null);
        if (op == null || !op.active()) {
            throw new RejectedException(ReasonCode.AUTH_UNKNOWN_CITIZEN, "the certificate's IIN is not an operator");
        }
        Branch branch = branches.require(op.branchId());
        ChannelRules.checkOrganisationPerson(signer, branch.bin());
        return sessions.open(op, "EDS");
    }

    static byte[] decode(String base64) {
        try {
            return Base64.getDecoder().decode(base64 == null ? "" : base64.trim());
        } catch (IllegalArgumentException e) {
            throw new RejectedException(ReasonCode.EDS_MALFORMED, "signature is not base64");
        }
    }
}
