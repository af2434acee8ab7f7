package kz.egov.platform.messaging;

import java.sql.SQLException;
import java.sql.SQLTransientException;

/**
 * Tells a failure that may pass (the database or broker restarting, a deadlock) from one that will not (a bug, bad
 * data): the first is retried with back-off, the second becomes a dead letter at once.
 */
final class Failures {

    private Failures() {
    }

    static boolean isTransient(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLTransientException || t instanceof java.net.ConnectException
                    || t instanceof org.apache.kafka.common.errors.RetriableException
                    || t.getClass().getName().equals("org.hibernate.exception.JDBCConnectionException")
                    || t.getClass().getName().equals("org.hibernate.exception.LockAcquisitionException")) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                if (state.startsWith("08") || state.startsWith("57P") || state.startsWith("53")
                        || state.equals("40001") || state.equals("40P01")) {
                    return true;
                }
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }
}
