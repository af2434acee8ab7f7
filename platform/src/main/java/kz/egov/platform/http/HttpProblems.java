package kz.egov.platform.http;

import java.util.Locale;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import kz.egov.contract.envelope.EnvelopeCodec;
import kz.egov.contract.problem.Problem;
import kz.egov.contract.reason.ReasonCode;

/**
 * A refusal answered by a route filter, before Quarkus REST sees the request: problem+json in the caller's language
 * (Accept-Language kk, otherwise Russian), and the connection closed, since the body it refuses is never read.
 */
final class HttpProblems {

    private HttpProblems() {
    }

    static void refuse(RoutingContext rc, ReasonCode reason, String detail) {
        String accept = rc.request().getHeader(HttpHeaders.ACCEPT_LANGUAGE);
        String language = accept != null && accept.toLowerCase(Locale.ROOT).startsWith("kk") ? "kk" : "ru";
        Problem problem = Problem.of(reason, detail, rc.normalizedPath(), language);
        var response = rc.response().setStatusCode(problem.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE).putHeader(HttpHeaders.CONNECTION, "close");
        if (problem.status() == 401) {
            response.putHeader("WWW-Authenticate", "Bearer");
        } else if (problem.status() == 503) {
            response.putHeader("Retry-After", Integer.toString(Problem.RETRY_AFTER_SECONDS));
        }
        response.end(Buffer.buffer(EnvelopeCodec.encode(problem)));
    }
}
