package kz.egov.portal.account;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import kz.egov.contract.reason.ReasonCode;
import kz.egov.contract.reason.RejectedException;
import kz.egov.platform.persistence.Rows;
import kz.egov.portal.config.PortalConfig;

/** One-time registration challenges: the citizen proves the IIN by signing one with their EDS. */
@ApplicationScoped
public class Challenges {

    private static final SecureRandom RANDOM = new SecureRandom();

    /** A challenge: the exact text to sign (UTF-8, no line break) and until when it may be used. */
    public record Challenge(String challenge, Instant expiresAt) {
    }

    private final EntityManager em;
    private final Clock clock;
    private final Duration lifetime;

    Challenges(EntityManager em, Clock clock, PortalConfig config) {
        this.em = em;
        this.clock = clock;
        this.lifetime = config.portal().challengeDuration();
    }

    /** Issues a challenge for an IIN; must run in a transaction. */
    public Challenge issue(String iin) {
        byte[] nonce = new byte[24];
        RANDOM.nextBytes(nonce);
        Instant expires = clock.instant().plus(lifetime);
        String text = "egov-portal-registration-v1:" + iin + ":" + HexFormat.of().formatHex(nonce);
        em.createNativeQuery("DELETE FROM registration_challenge WHERE expires_at < CAST(?1 AS TIMESTAMPTZ)")
                .setParameter(1, Rows.ts(clock.instant())).executeUpdate();
        em.createNativeQuery("INSERT INTO registration_challenge (challenge, iin, expires_at) VALUES (?1, ?2, "
                + "CAST(?3 AS TIMESTAMPTZ))").setParameter(1, text).setParameter(2, iin).setParameter(3, Rows.ts(expires))
                .executeUpdate();
        return new Challenge(text, expires);
    }

    /** Uses up a challenge issued for this IIN and still valid; must run in a transaction. */
    public void consume(String challenge, String iin) {
        int used = em.createNativeQuery("DELETE FROM registration_challenge WHERE challenge = ?1 AND iin = ?2 "
                + "AND expires_at > CAST(?3 AS TIMESTAMPTZ)").setParameter(1, challenge).setParameter(2, iin)
                .setParameter(3, Rows.ts(clock.instant())).executeUpdate();
        if (used != 1) {
            throw new RejectedException(ReasonCode.VALIDATION_FAILED,
                    "unknown, used or expired registration challenge; ask for a new one");
        }
    }
}
