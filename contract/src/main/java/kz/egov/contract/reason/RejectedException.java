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

    /**
     * Whether the refusal may pass if the same work is tried again shortly: its reason is answered 503 (a service it
     * depends on, or a certificate's revocation status, cannot be established now). Such a refusal is never turned
     * into a final answer: an API call is answered 503 with {@code Retry-After}, a message is tried again.
     */
    public boolean isTransient() {
        return reason.httpStatus() == 503;
    }

    /** The technical detail (English, for logs and the problem's {@code detail}); never contains a raw IIN. */
    public String detail() {
        return getMessage();
    }
}
