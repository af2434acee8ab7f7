package kz.egov.contract.problem;

import java.util.List;
import java.util.Locale;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import kz.egov.contract.reason.ReasonCode;
import kz.egov.contract.reason.RejectedException;

/**
 * Turns every error of every service's API into application/problem+json with a stable reason code, in the
 * caller's language (Accept-Language {@code kk} for Kazakh, otherwise Russian). Never a stack trace. A failure that
 * may pass ({@link TransientFailure}: the database restarting, a peer not reachable) is 503 {@code SERVICE_UNAVAILABLE}
 * with {@code Retry-After}; any other unexpected failure is 500 {@code INTERNAL_ERROR}.
 */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(Throwable failure) {
        ReasonCode reason;
        String detail;
        if (failure instanceof RejectedException r) {
            return Problem.of(r.reason(), r.detail(), uri == null ? null : "/" + uri.getPath(), language())
                    .response(r).build();
        } else if (failure instanceof WebApplicationException w) {
            reason = fromStatus(w.getResponse().getStatus());
            detail = w.getMessage();
        } else if (failure instanceof IllegalArgumentException
                || failure.getClass().getName().startsWith("com.fasterxml.jackson")) {
            reason = ReasonCode.VALIDATION_FAILED;
            detail = "request body could not be read";
        } else if (TransientFailure.isTransient(failure)) {
            reason = ReasonCode.SERVICE_UNAVAILABLE;
            detail = "a service this one depends on (the database, the broker) is not available; try again shortly";
            org.jboss.logging.Logger.getLogger(ProblemMapper.class).warnf("answered 503, a failure that may pass: %s",
                    failure);
        } else {
            reason = ReasonCode.INTERNAL_ERROR;
            detail = "internal error";
            org.jboss.logging.Logger.getLogger(ProblemMapper.class).error("unhandled error", failure);
        }
        return response(reason, detail);
    }

    /** A problem response for a reason code. */
    public Response response(ReasonCode reason, String detail) {
        Problem problem = Problem.of(reason, detail, uri == null ? null : "/" + uri.getPath(), language());
        return problem.response().build();
    }

    private String language() {
        if (headers == null) {
            return "ru";
        }
        List<Locale> locales = headers.getAcceptableLanguages();
        return locales.stream().map(Locale::getLanguage).filter(l -> l.equals("kk") || l.equals("ru")).findFirst()
                .orElse("ru");
    }

    static ReasonCode fromStatus(int status) {
        return switch (status) {
            case 401 -> ReasonCode.UNAUTHENTICATED;
            case 403 -> ReasonCode.FORBIDDEN;
            case 404 -> ReasonCode.NOT_FOUND;
            case 409 -> ReasonCode.CONFLICT;
            case 413 -> ReasonCode.PAYLOAD_TOO_LARGE;
            case 415 -> ReasonCode.UNSUPPORTED_MEDIA_TYPE;
            case 429 -> ReasonCode.RATE_LIMITED;
            default -> status >= 500 ? ReasonCode.INTERNAL_ERROR : ReasonCode.VALIDATION_FAILED;
        };
    }
}
