package kz.egov.portal.gateway;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
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
import org.jboss.logging.Logger;

/** The real gateway client: JDK HTTP; participant calls sealed with the portal's system key ({@link SealedCall}). */
@ApplicationScoped
public class HttpGatewayClient implements GatewayClient {

    private static final Logger LOG = Logger.getLogger(HttpGatewayClient.class);

    @Inject
    Sealers sealers;

    @ConfigProperty(name = "egov.participant-id", defaultValue = "portal")
    String participantId;

    @ConfigProperty(name = "egov.gateway.url", defaultValue = "http://127.0.0.1:8082")
    String baseUrl;

    @ConfigProperty(name = "egov.gateway.operator-user", defaultValue = "admin")
    String operatorUser;

    @ConfigProperty(name = "egov.gateway.operator-password")
    Optional<String> operatorPassword;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Override
    public StoredFile upload(byte[] content, String mediaType) {
        HttpRequest.Builder b = sealed("POST", "/api/attachments", content).header("Content-Type", mediaType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(content));
        HttpResponse<byte[]> response = call(b.build());
        requireOk(response);
        return read(response.body(), StoredFile.class);
    }

    @Override
    public Optional<PersonRecord> person(String iin, String purpose) {
        HttpResponse<byte[]> response = call(sealed("GET", "/api/persons/" + iin + "?purpose=" + purpose, null).GET()
                .build());
        if (response.statusCode() == 404) {
            return Optional.empty();
        }
        requireOk(response);
        return Optional.of(EnvelopeCodec.decode(response.body(), PersonRecord.class));
    }

    @Override
    public Optional<List<EvidenceEntry>> evidence(String requestId) {
        if (operatorPassword.isEmpty() || operatorPassword.get().isBlank()) {
            return Optional.empty();
        }
        String basic = Base64.getEncoder().encodeToString((operatorUser + ":" + operatorPassword.get())
                .getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/admin/evidence/requests/" + requestId))
                .timeout(Duration.ofSeconds(10)).header("Authorization", "Basic " + basic).GET().build();
        try {
            HttpResponse<byte[]> response = call(request);
            if (response.statusCode() != 200) {
                LOG.warnf("the gateway's evidence answered %d", response.statusCode());
                return Optional.empty();
            }
            List<EvidenceEntry> out = new ArrayList<>();
            for (JsonNode n : EnvelopeCodec.json().readTree(response.body())) {
                out.add(new EvidenceEntry(n.path("seq").asLong(), n.path("requestId").asText(null),
                        n.path("messageId").asText(null), n.path("kind").asText(null), n.path("subject").asText(null),
                        n.path("outcome").asText(null), detail(n.get("detail")), n.path("recordedAt").asText(null)));
            }
            return Optional.of(out);
        } catch (IOException | RejectedException e) {
            LOG.warnf("the gateway's evidence is not available: %s", e.getMessage());
            return Optional.empty();
        }
    }

    /** The evidence detail is JSON text in the gateway's record. */
    private static JsonNode detail(JsonNode raw) throws IOException {
        if (raw == null || raw.isNull()) {
            return null;
        }
        return raw.isTextual() ? EnvelopeCodec.json().readTree(raw.asText()) : raw;
    }

    private HttpRequest.Builder sealed(String method, String pathAndQuery, byte[] body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(baseUrl + pathAndQuery)).timeout(Duration.ofSeconds(15));
        for (Map.Entry<String, String> h : SealedCall.headers(sealers.forParticipant(participantId), participantId,
                method, pathAndQuery, body).entrySet()) {
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
            reason = ReasonCode.valueOf(EnvelopeCodec.json().readTree(response.body()).path("code").asText("INTERNAL_ERROR"));
        } catch (IOException | IllegalArgumentException e) {
            // not a problem+json answer
        }
        throw new RejectedException(reason, "the gateway answered " + response.statusCode());
    }

    private static <T> T read(byte[] json, Class<T> type) {
        try {
            return EnvelopeCodec.json().readValue(json, type);
        } catch (IOException e) {
            throw new RejectedException(ReasonCode.INTERNAL_ERROR, "unreadable answer of the gateway");
        }
    }
}
