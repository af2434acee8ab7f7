package kz.egov.contract.problem;

import jakarta.ws.rs.core.Response;

import kz.egov.contract.reason.RateLimitedException;
import kz.egov.contract.reason.ReasonCode;
import kz.egov.contract.reason.RejectedException;

/**
 * An RFC 9457 problem detail: {@code type} is a stable URI per reason code, {@code code} the reason code itself,
 * {@code title} the text for people in their language, {@code detail} what exactly went wrong.
 */
public record Problem(String type, String title, int status, String detail, String instance, String code) {

    public static final String MEDIA_TYPE = "application/problem+json";
    /** What a 503 answer asks the caller to wait before trying again, in seconds. */
    public static final int RETRY_AFTER_SECONDS = 2;
    private static final String TYPE_BASE = "https://egov.kz/problems/";

    public static Problem of(ReasonCode reason, String detail, String instance, String language) {
        return new Problem(TYPE_BASE + reason.code(), reason.text(language), reason.httpStatus(), detail, instance,
                reason.code());
    }

    /** The HTTP answer carrying this problem; a 503 (try again shortly) says when, in {@code Retry-After}. */
    public Response.ResponseBuilder response() {
        Response.ResponseBuilder b = Response.status(status).type(MEDIA_TYPE).entity(this);
        if (status == 503) {
            b.header("Retry-After", RETRY_AFTER_SECONDS);
        }
        return b;
    }

    /** The answer to a refusal: a rate limit's 429 says in {@code Retry-After} when the next try can pass. */
    public Response.ResponseBuilder response(RejectedException refusal) {
        Response.ResponseBuilder b = response();
        if (refusal instanceof RateLimitedException limited) {
            b.header("Retry-After", limited.retryAfterSeconds());
        }
        return b;
    }
}
