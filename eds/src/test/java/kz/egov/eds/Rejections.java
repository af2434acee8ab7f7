package kz.egov.eds;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

import kz.egov.contract.reason.ReasonCode;
import kz.egov.contract.reason.RejectedException;

/** Asserts a refusal with a given reason code. */
public final class Rejections {

    public static void assertRejected(ReasonCode code, ThrowingCallable call) {
        assertThatThrownBy(call)
                .isInstanceOf(RejectedException.class)
                .satisfies(e -> org.assertj.core.api.Assertions.assertThat(((RejectedException) e).reason())
                        .as("reason code; detail: %s", e.getMessage()).isEqualTo(code));
    }

    private Rejections() {
    }
}
