package kz.egov.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import kz.egov.contract.problem.TransientFailure;
import kz.egov.contract.reason.ReasonCode;
import kz.egov.contract.reason.RejectedException;
import org.junit.jupiter.api.Test;

/** A failure that may pass is told from one that will not, wherever it sits in the chain of causes. */
class TransientFailureTest {

    @Test
    void theDatabaseRestartingOrUnreachableMayPass() {
        assertThat(TransientFailure.isTransient(new IllegalStateException("commit failed",
                new SQLException("terminating connection due to administrator command", "57P01")))).isTrue();
        assertThat(TransientFailure.isTransient(new SQLException("Connection refused", "08001"))).isTrue();
        assertThat(TransientFailure.isTransient(new SQLException("too many connections", "53300"))).isTrue();
        assertThat(TransientFailure.isTransient(new RuntimeException(new SQLTransientConnectionException("gone"))))
                .isTrue();
        assertThat(TransientFailure.isTransient(new RuntimeException(new ConnectException("refused")))).isTrue();
    }

    @Test
    void aDeadlockOrSerializationFailureMayPass() {
        assertThat(TransientFailure.isTransient(new SQLException("deadlock detected", "40P01"))).isTrue();
        assertThat(TransientFailure.isTransient(new SQLException("could not serialize", "40001"))).isTrue();
    }

    @Test
    void aBugOrBadDataWillNotPass() {
        assertThat(TransientFailure.isTransient(new NullPointerException("a bug"))).isFalse();
        assertThat(TransientFailure.isTransient(new RuntimeException(new SQLException("duplicate key", "23505"))))
                .isFalse();
        assertThat(TransientFailure.isTransient(new SQLException("no state"))).isFalse();
    }

    @Test
    void anUnknownRevocationStatusMayPassARevokedCertificateWillNot() {
        assertThat(TransientFailure.isTransient(new RejectedException(ReasonCode.EDS_REVOCATION_UNKNOWN,
                "no OCSP answer"))).isTrue();
        assertThat(new RejectedException(ReasonCode.EDS_REVOCATION_UNKNOWN, "no OCSP answer").isTransient()).isTrue();
        assertThat(TransientFailure.isTransient(new RejectedException(ReasonCode.EDS_REVOKED, "revoked"))).isFalse();
        assertThat(new RejectedException(ReasonCode.EDS_REVOKED, "revoked").isTransient()).isFalse();
    }
}
