package kz.egov.platform.http;

import java.util.List;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import kz.egov.contract.reason.ReasonCode;
import kz.egov.platform.config.PlatformConfig;

/**
 * Per-endpoint body limits, enforced on the request's head before anything holds its body ([wave 2 · 6/16]): a JSON API
 * call (the public verify included) at most {@code egov.http.max-json-bytes} (1 MiB), a path that takes files
 * ({@code egov.http.upload-paths}) at most {@code egov.http.max-upload-bytes}. A body over its limit, or one without a
 * Content-Length on a JSON path (chunked: its size unknown until read), is answered 413 problem+json
 * {@code PAYLOAD_TOO_LARGE} at once. {@code quarkus.http.limits.max-body-size} stays the backstop of the largest.
 */
@ApplicationScoped
public class BodyLimits {

    private final long maxJson;
    private final long maxUpload;
    private final List<Pattern> uploadPaths;

    BodyLimits(PlatformConfig config) {
        this.maxJson = config.http().maxJsonBytes();
        this.maxUpload = config.http().maxUploadBytes();
        this.uploadPaths = config.http().uploadPaths().orElse(List.of()).stream().map(Pattern::compile).toList();
    }

    void register(@Observes Filters filters) {
        filters.register(this::check, 1000);
    }

    private void check(RoutingContext rc) {
        HttpMethod method = rc.request().method();
        if (method != HttpMethod.POST && method != HttpMethod.PUT && method != HttpMethod.PATCH) {
            rc.next();
            return;
        }
        String path = rc.normalizedPath();
        boolean upload = uploadPaths.stream().anyMatch(p -> p.matcher(path).matches());
        long limit = upload ? maxUpload : maxJson;
        String length = rc.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        long size;
        try {
            size = length == null ? -1 : Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            size = Long.MAX_VALUE;
        }
        // a body whose length is not given: chunked (HTTP/1.1), or a typed body over HTTP/2 (which has no chunking)
        boolean chunked = length == null && (rc.request().getHeader(HttpHeaders.TRANSFER_ENCODING) != null
                || rc.request().getHeader(HttpHeaders.CONTENT_TYPE) != null);
        if (size > limit || chunked && !upload) {
            HttpProblems.refuse(rc, ReasonCode.PAYLOAD_TOO_LARGE, chunked
                    ? "a body of unknown length (send Content-Length)" : "the body exceeds " + limit + " bytes on " + path);
            return;
        }
        rc.next();
    }
}
