package kz.egov.portal.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import kz.egov.contract.reason.ReasonCode;
import kz.egov.contract.reason.RejectedException;
import kz.egov.eds.identity.Iin;
import kz.egov.eds.identity.IinMask;
import kz.egov.platform.admin.PasswordHashing;
import kz.egov.platform.auth.PasswordRules;
import kz.egov.platform.auth.SignInGuard;
import kz.egov.portal.config.PortalConfig;
import org.jboss.logging.Logger;

/**
 * Process 1 and condition 1 of the regulations: the citizen enters IIN and password and the portal checks the
 * registered citizen; a failure is process 2, «отказ в авторизации» with its reason code. Repeated failures lock the
 * account for a while.
 */
@ApplicationScoped
public class SignIn {

    private static final Logger LOG = Logger.getLogger(SignIn.class);

    /** What the citizen enters. */
    public record Credentials(String iin, String password) {
    }

    private final Accounts accounts;
    private final SignInGuard guard;
    private final Sessions sessions;
    private final CurrentCitizen current;
    private final Clock clock;
    private final int maxFailures;
    private final Duration lockDuration;

    SignIn(Accounts accounts, SignInGuard guard, Sessions sessions, CurrentCitizen current, Clock clock,
            PortalConfig config) {
        this.accounts = accounts;
        this.guard = guard;
        this.sessions = sessions;
        this.current = current;
        this.clock = clock;
        this.maxFailures = config.portal().lock().maxFailures();
        this.lockDuration = config.portal().lock().duration();
    }

    /**
     * Condition 1; a refusal still records the failed attempt (and the lock). Attempts are counted per IIN whether it
     * has an account or not ({@link SignInGuard}: one attempt per IIN at a time), an unknown IIN costs the same
     * bcrypt work and gets the same answer as a wrong password, so neither tells which IINs have accounts.
     */
    @Transactional(dontRollbackOn = RejectedException.class)
    public Sessions.Opened signIn(Credentials c) {
        if (c == null || c.iin() == null || c.password() == null) {
            throw new RejectedException(ReasonCode.AUTH_BAD_CREDENTIALS, "IIN and password are required");
        }
        Iin.of(c.iin());
        Instant now = clock.instant();
        guard.enter(c.iin(), now);
        Optional<Account> account = accounts.find(c.iin());
        account.ifPresent(a -> current.knownLanguage(a.language()));
        if (!PasswordHashing.matchesAccount(c.password(), account.map(Account::passwordHash))) {
            boolean locks = guard.failed(c.iin(), maxFailures, now.plus(lockDuration));
            LOG.infof("sign-in of %s refused: %s%s", IinMask.mask(c.iin()), account.isPresent() ? "wrong password"
                    : "no account", locks ? ", locked" : "");
            throw locks ? new RejectedException(ReasonCode.AUTH_ACCOUNT_LOCKED, "too many failed attempts; locked for "
                    + lockDuration) : new RejectedException(ReasonCode.AUTH_BAD_CREDENTIALS, "wrong IIN or password");
        }
        guard.succeeded(c.iin());
        return sessions.open(account.get().iin());
    }

    /** Changes the password (the current one proves it is the citizen); other sessions end. */
    @Transactional
    public void changePassword(Citizen citizen, String authorization, String currentPassword, String newPassword) {
        Account account = accounts.find(citizen.iin()).orElseThrow();
        if (!PasswordHashing.matches(currentPassword, account.passwordHash())) {
            throw new RejectedException(ReasonCode.AUTH_BAD_CREDENTIALS, "the current password is wrong");
        }
        PasswordRules.require(newPassword, citizen.iin());
        accounts.changePassword(citizen.iin(), PasswordHashing.hash(newPassword));
        sessions.closeOthers(citizen.iin(), authorization);
    }
}
