package kz.egov.platform.http;

/**
 * A service's check of a session token, for {@link SessionFirst}: passes for an open session, otherwise throws a
 * {@code RejectedException} (e.g. {@code AUTH_TOKEN_INVALID}). Runs on a worker thread with a request context of its
 * own, before any part of the body is read.
 */
public interface SessionProbe {

    void check(String authorization);
}
