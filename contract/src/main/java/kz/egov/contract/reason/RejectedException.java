package kz.egov.contract.reason;

/**
 * A refusal with a reason code from {@link ReasonCode}. Thrown by every check (signatures, schemas, rules) and turned
 * into a rejection message or a problem+json answer by whoever catches it; never a stack trace for a user.
 */
public class RejectedException extends RuntimeException {

    private final ReasonCode reason;

    public RejectedException(ReasonCode reason, String detail) {
        super(detail == null ? reason.code() : detail);
        this.reason = reason;
    }

    public RejectedException(ReasonCode reason, String detail, Throwable cause) {
        super(detail == null ? reason.code() : detail, cause);
        this.reason = reason;
    }

    public ReasonCode reason() {
        return reason;
    }

    /** The technical detail (English, for logs and the problem's {@code detail}); never contains a raw IIN. */
    public String detail() {
        return getMessage();
    }
}
