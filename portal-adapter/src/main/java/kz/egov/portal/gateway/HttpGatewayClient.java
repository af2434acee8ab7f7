package kz.egov.portal.gateway;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.JsonNode;
import kz.egov.contract.envelope.EnvelopeCodec;
import kz.egov.contract.message.PersonLookupPurpose;
import kz.egov.contract.message.PersonRecord;
import kz.egov.contract.reason.RejectedException;
import kz.egov.platform.http.GatewayCalls;
import kz.egov.portal.config.PortalConfig;
import org.jboss.logging.Logger;

/**
 * The real gateway client: participant calls sealed with the portal's system key ({@link GatewayCalls}), the evidence
 * of its own requests included; no password of the gateway's.
 */
@ApplicationScoped
public class HttpGatewayClient implements GatewayClient {

    private static final Logger LOG = Logger.getLogger(HttpGatewayClient.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(15);

    private final GatewayCalls gateway;
    private final String participantId;

    HttpGatewayClient(GatewayCalls gateway, PortalConfig config) {
        this.gateway = gateway;
        this.participantId = config.participantId();
    }

    @Override
    public StoredFile upload(byte[] content, String mediaType) {
        HttpRequest request = gateway.sealed(participantId, "POST", "/api/attachments", content, TIMEOUT)
                .header("Content-Type", mediaType).POST(HttpRequest.BodyPublishers.ofByteArray(content)).build();
        HttpResponse<byte[]> response = gateway.send(request);
        GatewayCalls.requireOk(response);
        return GatewayCalls.read(response.body(), StoredFile.class);
    }

    @Override
    public Optional<PersonRecord> signedInCitizen(String iin) {
        HttpResponse<byte[]> response = gateway.send(gateway.sealed(participantId, "GET", "/api/persons/" + iin
                + "?purpose=" + PersonLookupPurpose.CITIZEN_SESSION + "&actor=" + iin, null, TIMEOUT).GET().build());
        if (response.statusCode() == 404) {
            return Optional.empty();
        }
        GatewayCalls.requireOk(response);
        return Optional.of(EnvelopeCodec.decode(response.body(), PersonRecord.class));
    }

    @Override
    public Optional<List<EvidenceEntry>> evidence(String requestId) {
        if (!requestId.matches("[A-Za-z0-9._:-]{1,64}")) {
            return Optional.empty();
        }
        try {
            // the portal's own seal: the gateway lets it read the evidence of the requests it sent, nothing else
            HttpRequest request = gateway.sealed(participantId, "GET", "/api/evidence/requests/" + requestId, null,
                    Duration.ofSeconds(10)).GET().build();
            HttpResponse<byte[]> response = gateway.send(request);
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
}
