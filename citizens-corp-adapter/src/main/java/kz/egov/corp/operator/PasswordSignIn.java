package kz.egov.corp.operator;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.narayana.jta.QuarkusTransaction;
import kz.egov.contract.reason.ReasonCode;
import kz.egov.contract.reason.RejectedException;
import kz.egov.corp.config.CorpConfig;
import kz.egov.platform.admin.PasswordHashing;
import kz.egov.platform.auth.SignInGuard;
import org.jboss.logging.Logger;

/** Sign-in to ИС ЦОН by login (or IIN) and password; repeated failures lock the account for a while. */
@ApplicationScoped
public class PasswordSignIn {

    private static final Logger LOG = Logger.getLogger(PasswordSignIn.class);

    private final Operators operators;
    private final SignInGuard guard;
    private final Sessions sessions;
    private final Clock clock;
    private final int maxFailures;
    private final Duration lockDuration;

    PasswordSignIn(Operators operators, SignInGuard guard, Sessions sessions, Clock clock, CorpConfig config) {
        this.operators = operators;
        this.guard = guard;
        this.sessions = sessions;
        this.clock = clock;
        this.maxFailures = config.corp().maxFailedSignIns();
        this.lockDuration = config.corp().lockDuration();
    }

    /**
     * Counted per operator (by login or IIN alike) and, for a login or IIN of no active operator, per what was typed,
     * so an unknown login locks the same way ({@link SignInGuard}: one attempt per key at a time); an unknown login
     * costs the same bcrypt work and gets the same answer as a wrong password.
     */
    public Session signIn(String login, String password) {
        if (login == null || login.isBlank() || login.length() > 48 || password == null) {
            throw new RejectedException(ReasonCode.AUTH_BAD_CREDENTIALS, "login and password required");
        }
        // the failure counter must survive the refusal, so the outcome commits before the refusal is thrown
        Outcome outcome = QuarkusTransaction.requiringNew().call(() -> attempt(login.trim(), password));
        if (outcome.refusal() != null) {
            throw outcome.refusal();
        }
        return outcome.session();
    }

    private record Outcome(Session session, RejectedException refusal) {
    }

    private Outcome attempt(String login, String password) {
        Optional<Operator> op = operators.findByLoginOrIin(login).filter(Operator::active);
        String key = op.map(o -> Operators.guardKey(o.id())).orElse("login-" + login.toLowerCase(Locale.ROOT));
        Instant now = clock.instant();
        try {
            guard.enter(key, now);
        } catch (RejectedException locked) {
            return new Outcome(null, locked);
        }
        if (!PasswordHashing.matchesAccount(password, op.map(o -> operators.passwordHash(o.id())))) {
            boolean locks = guard.failed(key, maxFailures, now.plus(lockDuration));
            LOG.infof("failed sign-in of %s%s", op.map(Operator::login).orElse("an unknown login"),
                    locks ? ", locked" : "");
            return new Outcome(null, locks
                    ? new RejectedException(ReasonCode.AUTH_ACCOUNT_LOCKED, "account locked after failed sign-ins")
                    : new RejectedException(ReasonCode.AUTH_BAD_CREDENTIALS, "wrong login or password"));
        }
        guard.succeeded(key);
        return new Outcome(sessions.open(op.get(), "PASSWORD"), null);
    }
}
