package kz.egov.platform.auth;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import kz.egov.contract.reason.ReasonCode;
import kz.egov.contract.reason.RejectedException;
import kz.egov.platform.persistence.Rows;

/**
 * Failed sign-ins counted per key (an IIN, a login) in the service's {@code sign_in_guard} table, whether an account
 * exists for the key or not, so that neither the answer nor the lock tells which keys have accounts. A sign-in first
 * {@link #enter}s: the key's row is locked for its transaction, so parallel attempts on one key are checked and
 * counted one after another (60 parallel wrong passwords: at most {@code maxFailures} tried, the rest refused as
 * locked). Every method runs in the caller's transaction, which must commit a failure too.
 */
@ApplicationScoped
public class SignInGuard {

    private final EntityManager em;

    SignInGuard(EntityManager em) {
        this.em = em;
    }

    /**
     * Takes the key's row for this transaction (made on first use); refused {@code AUTH_ACCOUNT_LOCKED} while it is
     * locked at {@code now}.
     */
    public void enter(String key, Instant now) {
        em.createNativeQuery("INSERT INTO sign_in_guard (guard_key) VALUES (?1) ON CONFLICT DO NOTHING")
                .setParameter(1, key).executeUpdate();
        List<?> locked = em.createNativeQuery(
                "SELECT locked_until FROM sign_in_guard WHERE guard_key = ?1 FOR UPDATE").setParameter(1, key)
                .getResultList();
        Instant until = locked.isEmpty() ? null : Rows.instant(locked.get(0));
        if (until != null && until.isAfter(now)) {
            throw new RejectedException(ReasonCode.AUTH_ACCOUNT_LOCKED, "locked until " + until);
        }
    }

    /**
     * Counts a failure of a key {@link #enter}ed in this transaction; at {@code maxFailures} in a row the key is locked
     * until {@code lockUntil} and the count starts again.
     *
     * @return whether this failure locked the key
     */
    public boolean failed(String key, int maxFailures, Instant lockUntil) {
        // the row is this transaction's since enter(): no other attempt on the key reads or counts in between
        List<?> before = em.createNativeQuery("SELECT failures FROM sign_in_guard WHERE guard_key = ?1")
                .setParameter(1, key).getResultList();
        boolean locks = !before.isEmpty() && Rows.number(before.get(0)) + 1 >= maxFailures;
        em.createNativeQuery("UPDATE sign_in_guard SET "
                + "locked_until = CASE WHEN failures + 1 >= ?2 THEN CAST(?3 AS TIMESTAMPTZ) ELSE locked_until END, "
                + "failures = CASE WHEN failures + 1 >= ?2 THEN 0 ELSE failures + 1 END WHERE guard_key = ?1")
                .setParameter(1, key).setParameter(2, maxFailures).setParameter(3, Rows.ts(lockUntil))
                .executeUpdate();
        return locks;
    }

    /** A success: the count starts again. */
    public void succeeded(String key) {
        em.createNativeQuery("UPDATE sign_in_guard SET failures = 0, locked_until = NULL WHERE guard_key = ?1")
                .setParameter(1, key).executeUpdate();
    }

    /** Whether the key is locked at {@code now} (an operator's view; takes no lock). */
    public boolean lockedAt(String key, Instant now) {
        List<?> until = em.createNativeQuery("SELECT locked_until FROM sign_in_guard WHERE guard_key = ?1")
                .setParameter(1, key).getResultList();
        return !until.isEmpty() && until.get(0) != null && Rows.instant(until.get(0)).isAfter(now);
    }

    /** An operator lifts the lock (e.g. with a password reset). */
    public void release(String key) {
        succeeded(key);
    }
}
