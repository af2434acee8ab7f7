package kz.egov.contract.problem;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientException;

import kz.egov.contract.reason.RejectedException;

/**
 * Tells a failure that may pass (the database restarting or out of connections, a peer not reachable, a deadlock) from
 * one that will not (a bug, bad data). A message that meets the first is retried with back-off; a caller of an API
 * that meets it is answered 503 {@code SERVICE_UNAVAILABLE} with {@code Retry-After}, not 500.
 */
public final class TransientFailure {

    private TransientFailure() {
    }

    /** Whether the failure, or anything that caused it, may pass if the same work is tried again shortly. */
    public static boolean isTransient(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof RejectedException refused && refused.isTransient()) {
                return true;
            }
            if (t instanceof SQLTransientException || t instanceof ConnectException
                    || t.getClass().getName().equals("org.hibernate.exception.JDBCConnectionException")
                    || t.getClass().getName().equals("org.hibernate.exception.LockAcquisitionException")) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null && isTransientState(sql.getSQLState())) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    /**
     * SQLSTATE classes that pass: 08 connection exception, 57P operator intervention (shutdown, restart), 53
     * insufficient resources; and 40001 serialization failure, 40P01 deadlock.
     */
    private static boolean isTransientState(String state) {
        return state.startsWith("08") || state.startsWith("57P") || state.startsWith("53") || state.equals("40001")
                || state.equals("40P01");
    }
}
