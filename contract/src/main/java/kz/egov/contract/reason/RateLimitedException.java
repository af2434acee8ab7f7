package kz.egov.contract.reason;

/**
 * A refusal because a client or an IIN spent its allowance of an endpoint ({@link ReasonCode#RATE_LIMITED}, 429): the
 * answer says in {@code Retry-After} how many seconds until the next try can pass.
 */
public class RateLimitedException extends RejectedException {

    private final long retryAfterSeconds;

    public RateLimitedException(String detail, long retryAfterSeconds) {
        super(ReasonCode.RATE_LIMITED, detail);
        this.retryAfterSeconds = Math.max(1, retryAfterSeconds);
    }

    /** Seconds until a token is back (at least one). */
    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
