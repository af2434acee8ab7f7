package kz.egov.mio.attachment;

import java.net.http.HttpResponse;
import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;

import kz.egov.platform.http.GatewayCalls;
import kz.egov.platform.http.SealedCall;

/**
 * The gateway's attachment store as the provider calls it: a sealed participant call ({@link SealedCall}) with the
 * provider's system key. The gateway gives a request's file only to the provider the request was routed to.
 */
@ApplicationScoped
public class GatewayAttachments {

    /** A downloaded file. */
    public record File(byte[] content, String mediaType) {
    }

    private final GatewayCalls gateway;

    GatewayAttachments(GatewayCalls gateway) {
        this.gateway = gateway;
    }

    public File download(String providerId, String requestId, String sha256) {
        String path = "/api/attachments/" + sha256 + "?requestId=" + requestId;
        HttpResponse<byte[]> response = gateway.send(gateway.sealed(providerId, "GET", path, null,
                Duration.ofSeconds(30)).GET().build());
        GatewayCalls.requireOk(response);
        return new File(response.body(), response.headers().firstValue("Content-Type")
                .orElse("application/octet-stream"));
    }
}
