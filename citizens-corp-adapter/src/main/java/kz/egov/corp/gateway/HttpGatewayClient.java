package kz.egov.corp.gateway;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import kz.egov.contract.envelope.EnvelopeCodec;
import kz.egov.contract.message.PersonLookupPurpose;
import kz.egov.contract.message.PersonRecord;
import kz.egov.platform.http.GatewayCalls;

/** The real gateway client: each call sealed with the branch's system key ({@link GatewayCalls}). */
@ApplicationScoped
public class HttpGatewayClient implements GatewayClient {

    private static final Duration TIMEOUT = Duration.ofSeconds(15);

    private final GatewayCalls gateway;

    HttpGatewayClient(GatewayCalls gateway) {
        this.gateway = gateway;
    }

    @Override
    public Optional<PersonRecord> walkIn(String branchId, String iin, String operatorIin) {
        HttpResponse<byte[]> response = gateway.send(gateway.sealed(branchId, "GET", "/api/persons/" + iin
                + "?purpose=" + PersonLookupPurpose.WALK_IN + "&actor=" + operatorIin, null, TIMEOUT).GET().build());
        if (response.statusCode() == 404) {
            return Optional.empty();
        }
        GatewayCalls.requireOk(response);
        return Optional.of(EnvelopeCodec.decode(response.body(), PersonRecord.class));
    }

    @Override
    public StoredFile upload(String branchId, byte[] content, String mediaType) {
        HttpRequest request = gateway.sealed(branchId, "POST", "/api/attachments", content, TIMEOUT)
                .header("Content-Type", mediaType).POST(HttpRequest.BodyPublishers.ofByteArray(content)).build();
        HttpResponse<byte[]> response = gateway.send(request);
        GatewayCalls.requireOk(response);
        return GatewayCalls.read(response.body(), StoredFile.class);
    }
}
