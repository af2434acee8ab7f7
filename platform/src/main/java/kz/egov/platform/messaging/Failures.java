package kz.egov.platform.messaging;

import kz.egov.contract.problem.TransientFailure;

/**
 * Tells a failure that may pass (the database or broker restarting, a deadlock) from one that will not (a bug, bad
 * data): the first is retried with back-off, the second becomes a dead letter at once.
 */
final class Failures {

    private Failures() {
    }

    static boolean isTransient(Throwable failure) {
        if (TransientFailure.isTransient(failure)) {
            return true;
        }
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof org.apache.kafka.common.errors.RetriableException) {
                return true;
            }
        }
        return false;
    }
}
