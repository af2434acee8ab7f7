package kz.egov.corp.gateway;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;
import kz.egov.contract.envelope.EnvelopeCodec;
import kz.egov.contract.message.PersonRecord;
import kz.egov.contract.reason.ReasonCode;
import kz.egov.contract.reason.RejectedException;
import kz.egov.platform.http.SealedCall;
import kz.egov.platform.pki.Sealers;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The real gateway client: JDK HTTP, each call sealed with the branch's system key ({@link SealedCall}). */
@ApplicationScoped
public class HttpGatewayClient implements GatewayClient {

    @Inject
    Sealers sealers;

    @ConfigProperty(name = "egov.gateway.url", defaultValue = "http://127.0.0.1:8082")
    String baseUrl;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Override
    public Optional<PersonRecord> person(String branchId, String iin, String purpose) {
        String path = "/api/persons/" + iin + "?purpose=" + purpose;
        HttpRequest.Builder b = request(branchId, "GET", path, null).GET();
        HttpResponse<byte[]> response = call(b.build());
        if (response.statusCode() == 404) {
            return Optional.empty();
        }
        requireOk(response);
        return Optional.of(EnvelopeCodec.decode(response.body(), PersonRecord.class));
    }

    @Override
    public StoredFile upload(String branchId, byte[] content, String mediaType) {
        HttpRequest.Builder b = request(branchId, "POST", "/api/attachments", content)
                .header("Content-Type", mediaType).POST(HttpRequest.BodyPublishers.ofByteArray(content));
        HttpResponse<byte[]> response = call(b.build());
        requireOk(response);
        try {
            return EnvelopeCodec.json().readValue(response.body(), StoredFile.class);
        } catch (IOException e) {
            throw new RejectedException(ReasonCode.INTERNAL_ERROR, "unreadable answer of the attachment store");
        }
    }

    private HttpRequest.Builder request(String branchId, String method, String path, byte[] body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(15));
        for (Map.Entry<String, String> h : SealedCall.headers(sealers.forParticipant(branchId), branchId, method, path, body)
                .entrySet()) {
            b.header(h.getKey(), h.getValue());
        }
        return b;
    }

    private HttpResponse<byte[]> call(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new RejectedException(ReasonCode.SERVICE_UNAVAILABLE, "the gateway is not reachable", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RejectedException(ReasonCode.INTERNAL_ERROR, "interrupted calling the gateway", e);
        }
    }

    /** Passes the gateway's own reason code on (e.g. PAYLOAD_TOO_LARGE), else an internal error. */
    private static void requireOk(HttpResponse<byte[]> response) {
        if (response.statusCode() / 100 == 2) {
            return;
        }
        ReasonCode reason = ReasonCode.INTERNAL_ERROR;
        try {
            JsonNode problem = EnvelopeCodec.json().readTree(response.body());
            reason = ReasonCode.valueOf(problem.path("code").asText("INTERNAL_ERROR"));
        } catch (IOException | IllegalArgumentException e) {
            // not a problem+json answer
        }
        throw new RejectedException(reason, "the gateway answered " + response.statusCode());
    }
}
