package kz.egov.cli.evidence;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The gateway's evidence API as a platform operator (HTTP Basic): {@code GET /admin/evidence/verify} and
 * {@code GET /admin/evidence/requests/{requestId}}.
 */
public final class EvidenceClient {

    /** What the gateway's verification found ({@code EvidenceVerifier.Verification}). */
    public record Verification(boolean intact, long records, List<String> problems) {
    }

    /** One evidence record, as the gateway sends it ({@code EvidenceRecord}). */
    public record Record(long seq, String requestId, String messageId, String kind, String subject, String outcome,
            String detail, String recordedAt, String prevHash, String hash) {
    }

    /** The gateway could not be asked or refused: the message says why, for the operator. */
    public static final class EvidenceException extends RuntimeException {
        public EvidenceException(String message) {
            super(message);
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String gateway;
    private final String authorization;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

    public EvidenceClient(String gatewayUrl, String user, char[] password) {
        this.gateway = gatewayUrl.endsWith("/") ? gatewayUrl.substring(0, gatewayUrl.length() - 1) : gatewayUrl;
        this.authorization = "Basic " + Base64.getEncoder().encodeToString(
                (user + ":" + new String(password)).getBytes(StandardCharsets.UTF_8));
    }

    public String gateway() {
        return gateway;
    }

    public Verification verify() {
        JsonNode n = get("/admin/evidence/verify");
        List<String> problems = new ArrayList<>();
        n.path("problems").forEach(p -> problems.add(p.asText()));
        if (!n.has("intact") || !n.has("records")) {
            throw new EvidenceException("unexpected answer from " + gateway + "/admin/evidence/verify: " + n);
        }
        return new Verification(n.path("intact").asBoolean(), n.path("records").asLong(), problems);
    }

    public List<Record> forRequest(String requestId) {
        JsonNode n = get("/admin/evidence/requests/" + URLEncoder.encode(requestId, StandardCharsets.UTF_8)
                .replace("+", "%20"));
        if (!n.isArray()) {
            throw new EvidenceException("unexpected answer from " + gateway + ": " + n);
        }
        List<Record> records = new ArrayList<>();
        for (JsonNode r : n) {
            records.add(new Record(r.path("seq").asLong(), text(r, "requestId"), text(r, "messageId"),
                    text(r, "kind"), text(r, "subject"), text(r, "outcome"), detail(r.path("detail")),
                    text(r, "recordedAt"), text(r, "prevHash"), text(r, "hash")));
        }
        return records;
    }

    private static String text(JsonNode r, String field) {
        JsonNode v = r.path(field);
        return v.isMissingNode() || v.isNull() ? null : v.asText();
    }

    /** The detail is JSON text in the record; an object (should the gateway send one) is shown compact. */
    private static String detail(JsonNode v) {
        if (v.isMissingNode() || v.isNull()) {
            return null;
        }
        return v.isTextual() ? v.asText() : v.toString();
    }

    private JsonNode get(String path) {
        HttpRequest req = HttpRequest.newBuilder(URI.create(gateway + path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", authorization).header("Accept", "application/json").GET().build();
        HttpResponse<String> r;
        try {
            r = http.send(req, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (ConnectException e) {
            throw new EvidenceException("cannot reach the gateway at " + gateway
                    + " (is the stack running? ./egov status)");
        } catch (IOException e) {
            throw new EvidenceException("cannot ask the gateway at " + gateway + ": " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EvidenceException("interrupted");
        }
        switch (r.statusCode()) {
            case 200 -> {
                try {
                    return JSON.readTree(r.body());
                } catch (IOException e) {
                    throw new EvidenceException("the gateway's answer is not JSON: " + abbreviate(r.body()));
                }
            }
            case 401, 403 -> throw new EvidenceException("the gateway refused the admin credentials (HTTP "
                    + r.statusCode() + "); check --user/--password or EGOV_ADMIN_PASSWORD in secrets.properties");
            default -> throw new EvidenceException("the gateway answered HTTP " + r.statusCode() + " to GET " + path
                    + ": " + abbreviate(r.body()));
        }
    }

    private static String abbreviate(String s) {
        return s.length() > 300 ? s.substring(0, 300) + "..." : s;
    }
}
