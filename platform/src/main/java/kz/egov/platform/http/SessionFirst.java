package kz.egov.platform.http;

import java.util.List;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;

import org.jboss.logging.Logger;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import kz.egov.contract.problem.TransientFailure;
import kz.egov.contract.reason.ReasonCode;
import kz.egov.contract.reason.RejectedException;
import kz.egov.platform.config.PlatformConfig;

/**
 * The session is checked before a multipart body is read ([wave 2 · 6/16]): Quarkus REST reads every part of a form
 * (files to disk) before a filter or the endpoint runs, so on the paths {@code egov.http.session-first-paths} this
 * route filter holds the request, asks the service's {@link SessionProbe} on a worker thread, and only for an open
 * session lets the body be read; anyone else is answered 401 problem+json at once, the body never read (the connection
 * closed). A probe that cannot answer (the database away) is 503: refused, never let through.
 */
@ApplicationScoped
public class SessionFirst {

    private static final Logger LOG = Logger.getLogger(SessionFirst.class);

    private final List<Pattern> paths;
    private final Instance<SessionProbe> probe;

    SessionFirst(PlatformConfig config, Instance<SessionProbe> probe) {
        this.paths = config.http().sessionFirstPaths().orElse(List.of()).stream().map(Pattern::compile).toList();
        this.probe = probe;
    }

    /** Paths to guard but no probe to guard them: the service does not start. */
    void check(@Observes StartupEvent started) {
        if (!paths.isEmpty() && !probe.isResolvable()) {
            throw new IllegalStateException("egov.http.session-first-paths is set but the service has no SessionProbe");
        }
    }

    void register(@Observes Filters filters) {
        if (!paths.isEmpty()) {
            filters.register(this::check, 900);
        }
    }

    private void check(RoutingContext rc) {
        HttpMethod method = rc.request().method();
        String path = rc.normalizedPath();
        if (method != HttpMethod.POST && method != HttpMethod.PUT
                || paths.stream().noneMatch(p -> p.matcher(path).matches())) {
            rc.next();
            return;
        }
        String authorization = rc.request().getHeader(HttpHeaders.AUTHORIZATION);
        rc.request().pause();
        rc.vertx().<Void>executeBlocking(() -> {
            ManagedContext requestContext = Arc.container().requestContext();
            requestContext.activate();
            try {
                probe.get().check(authorization);
                return null;
            } finally {
                requestContext.terminate();
            }
        }, false).onComplete(checked -> {
            if (checked.succeeded()) {
                // the request stays paused: Quarkus REST resumes it when it reads the body
                rc.next();
            } else if (checked.cause() instanceof RejectedException refused && !refused.isTransient()) {
                HttpProblems.refuse(rc, refused.reason(), refused.detail());
            } else {
                if (!TransientFailure.isTransient(checked.cause())) {
                    LOG.error("the session of an upload could not be checked", checked.cause());
                }
                HttpProblems.refuse(rc, ReasonCode.SERVICE_UNAVAILABLE, "the session cannot be checked now");
            }
        });
    }
}
