package kz.egov.corp.operator;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.narayana.jta.QuarkusTransaction;
import kz.egov.contract.reason.ReasonCode;
import kz.egov.contract.reason.RejectedException;
import kz.egov.corp.config.CorpConfig;
import kz.egov.platform.admin.PasswordHashing;
import org.jboss.logging.Logger;

/** Sign-in to ИС ЦОН by login (or IIN) and password; repeated failures lock the account for a while. */
@ApplicationScoped
public class PasswordSignIn {

    private static final Logger LOG = Logger.getLogger(PasswordSignIn.class);

    private final Operators operators;
    private final Sessions sessions;
    private final Clock clock;
    private final int maxFailures;
    private final Duration lockDuration;

    PasswordSignIn(Operators operators, Sessions sessions, Clock clock, CorpConfig config) {
        this.operators = operators;
        this.sessions = sessions;
        this.clock = clock;
        this.maxFailures = config.corp().maxFailedSignIns();
        this.lockDuration = config.corp().lockDuration();
    }

    public Session signIn(String login, String password) {
        if (login == null || login.isBlank() || password == null) {
            throw new RejectedException(ReasonCode.AUTH_BAD_CREDENTIALS, "login and password required");
        }
        // the failure counter must survive the refusal, so each outcome commits in its own transaction
        Outcome outcome = QuarkusTransaction.requiringNew().call(() -> attempt(login.trim(), password));
        return switch (outcome.result()) {
            case OK -> outcome.session();
            case LOCKED -> throw new RejectedException(ReasonCode.AUTH_ACCOUNT_LOCKED,
                    "account locked after failed sign-ins");
            case BAD -> throw new RejectedException(ReasonCode.AUTH_BAD_CREDENTIALS, "wrong login or password");
        };
    }

    private enum Result { OK, LOCKED, BAD }

    private record Outcome(Result result, Session session) {
    }

    private Outcome attempt(String login, String password) {
        var found = operators.findByLoginOrIin(login);
        if (found.isEmpty() || !found.get().active()) {
            return new Outcome(Result.BAD, null);
        }
        Operator op = found.get();
        Instant now = clock.instant();
        if (op.lockedUntil() != null && op.lockedUntil().isAfter(now)) {
            return new Outcome(Result.LOCKED, null);
        }
        if (!PasswordHashing.matches(password, operators.passwordHash(op.id()))) {
            operators.failed(op.id(), maxFailures, now.plus(lockDuration));
            LOG.infof("failed sign-in of operator %s (%d)", op.login(), op.failedAttempts() + 1);
            return new Outcome(op.failedAttempts() + 1 >= maxFailures ? Result.LOCKED : Result.BAD, null);
        }
        operators.succeeded(op.id());
        return new Outcome(Result.OK, sessions.open(op, "PASSWORD"));
    }
}
