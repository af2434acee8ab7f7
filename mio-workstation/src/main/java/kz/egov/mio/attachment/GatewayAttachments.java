package kz.egov.mio.attachment;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;
import kz.egov.contract.envelope.EnvelopeCodec;
import kz.egov.contract.reason.ReasonCode;
import kz.egov.contract.reason.RejectedException;
import kz.egov.platform.http.SealedCall;
import kz.egov.platform.pki.Sealers;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The gateway's attachment store as the provider calls it: a sealed participant call ({@link SealedCall}) with the
 * provider's system key. The gateway gives a request's file only to the provider the request was routed to.
 */
@ApplicationScoped
public class GatewayAttachments {

    /** A downloaded file. */
    public record File(byte[] content, String mediaType) {
    }

    @Inject
    Sealers sealers;

    @ConfigProperty(name = "egov.gateway.url", defaultValue = "http://127.0.0.1:8082")
    String baseUrl;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public File download(String providerId, String requestId, String sha256) {
        String path = "/api/attachments/" + sha256 + "?requestId=" + requestId;
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(30)).GET();
        for (Map.Entry<String, String> h : SealedCall.headers(sealers.forParticipant(providerId), providerId, "GET",
                path, null).entrySet()) {
            b.header(h.getKey(), h.getValue());
        }
        HttpResponse<byte[]> response;
        try {
            response = http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new RejectedException(ReasonCode.SERVICE_UNAVAILABLE, "the gateway's attachment store is not reachable", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RejectedException(ReasonCode.INTERNAL_ERROR, "interrupted calling the gateway", e);
        }
        if (response.statusCode() != 200) {
            throw new RejectedException(reason(response.body()), "the gateway answered " + response.statusCode());
        }
        return new File(response.body(), response.headers().firstValue("Content-Type")
                .orElse("application/octet-stream"));
    }

    /** The gateway's own reason code passed on (e.g. FORBIDDEN), else an internal error. */
    private static ReasonCode reason(byte[] body) {
        try {
            JsonNode problem = EnvelopeCodec.json().readTree(body);
            return ReasonCode.valueOf(problem.path("code").asText("INTERNAL_ERROR"));
        } catch (IOException | IllegalArgumentException e) {
            return ReasonCode.INTERNAL_ERROR;
        }
    }
}
