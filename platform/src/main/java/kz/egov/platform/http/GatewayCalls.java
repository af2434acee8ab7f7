package kz.egov.platform.http;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import kz.egov.contract.envelope.EnvelopeCodec;
import kz.egov.contract.reason.ReasonCode;
import kz.egov.contract.reason.RejectedException;
import kz.egov.platform.config.PlatformConfig;
import kz.egov.platform.pki.Sealers;

/**
 * A participant's calls to the gateway's REST API (ШЭП: attachment store, person lookup), sealed with the
 * participant's system key ({@link SealedCall}). The gateway not reachable is 503 {@code SERVICE_UNAVAILABLE} (try
 * again shortly); a refusal by the gateway passes its own reason code on.
 */
@ApplicationScoped
public class GatewayCalls {

    private final Sealers sealers;
    private final Clock clock;
    private final String baseUrl;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    GatewayCalls(Sealers sealers, Clock clock, PlatformConfig config) {
        this.sealers = sealers;
        this.clock = clock;
        this.baseUrl = config.gateway().url().toString().replaceAll("/+$", "");
    }

    /** A request to the gateway carrying the participant's seal over method, path, time and body. */
    public HttpRequest.Builder sealed(String participantId, String method, String pathAndQuery, byte[] body,
            Duration timeout) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(baseUrl + pathAndQuery)).timeout(timeout);
        for (Map.Entry<String, String> h : SealedCall.headers(sealers.forParticipant(participantId), participantId,
                method, pathAndQuery, clock.instant(), body).entrySet()) {
            b.header(h.getKey(), h.getValue());
        }
        return b;
    }

    /** Sends the request; the gateway not reachable is {@code SERVICE_UNAVAILABLE}. */
    public HttpResponse<byte[]> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new RejectedException(ReasonCode.SERVICE_UNAVAILABLE, "the gateway is not reachable", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RejectedException(ReasonCode.INTERNAL_ERROR, "interrupted calling the gateway", e);
        }
    }

    /** A 2xx answer passes; any other is refused with the gateway's own reason code (e.g. PAYLOAD_TOO_LARGE). */
    public static void requireOk(HttpResponse<byte[]> response) {
        if (response.statusCode() / 100 != 2) {
            throw new RejectedException(reason(response.body()), "the gateway answered " + response.statusCode());
        }
    }

    /** The reason code of the gateway's problem+json answer; an answer without one is an internal error. */
    static ReasonCode reason(byte[] body) {
        try {
            return ReasonCode.valueOf(EnvelopeCodec.json().readTree(body).path("code").asText("INTERNAL_ERROR"));
        } catch (IOException | IllegalArgumentException e) {
            return ReasonCode.INTERNAL_ERROR;
        }
    }

    /** The JSON answer as the given type. */
    public static <T> T read(byte[] json, Class<T> type) {
        try {
            return EnvelopeCodec.json().readValue(json, type);
        } catch (IOException e) {
            throw new RejectedException(ReasonCode.INTERNAL_ERROR, "unreadable answer of the gateway");
        }
    }
}
