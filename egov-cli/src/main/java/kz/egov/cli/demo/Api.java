package kz.egov.cli.demo;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * A service's REST API as its users call it: JSON over the JDK HTTP client, a bearer token (a signed-in citizen,
 * officer or operator) or HTTP Basic (a platform operator). Every answer is kept as status + JSON; {@link #expect}
 * turns an unexpected status into a {@link DemoException} that names the call and the problem's reason code.
 */
public final class Api {

    static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    /** An answer: status, JSON body (a missing node when empty or not JSON), raw text. */
    public record Answer(String call, int status, JsonNode body, String text) {

        public String code() {
            return body.path("code").asText(null);
        }

        public Answer expect(int... statuses) {
            if (Arrays.stream(statuses).noneMatch(s -> s == status)) {
                throw new DemoException(call + " answered HTTP " + status + (code() == null ? "" : " " + code())
                        + ": " + (text.length() > 400 ? text.substring(0, 400) + "..." : text));
            }
            return this;
        }
    }

    /** A multipart part: a name, an optional file name, a content type, the bytes. */
    public record Part(String name, String fileName, String contentType, byte[] content) {
    }

    private final String base;
    private final String authorization;
    private final java.util.Map<String, String> headers;

    private Api(String base, String authorization, java.util.Map<String, String> headers) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        this.authorization = authorization;
        this.headers = java.util.Map.copyOf(headers);
    }

    public static Api anonymous(String base) {
        return new Api(base, null, java.util.Map.of());
    }

    public Api bearer(String token) {
        return new Api(base, "Bearer " + token, headers);
    }

    public Api basic(String user, String password) {
        return new Api(base, "Basic " + Base64.getEncoder().encodeToString((user + ":" + password)
                .getBytes(StandardCharsets.UTF_8)), headers);
    }

    /** The same API with one more request header on every call (e.g. {@code Idempotency-Key}). */
    public Api header(String name, String value) {
        java.util.Map<String, String> more = new java.util.LinkedHashMap<>(headers);
        more.put(name, value);
        return new Api(base, authorization, more);
    }

    /** How often a call refused by a rate limit is tried again after its {@code Retry-After}. */
    private static final int RATE_LIMITED_TRIES = 20;

    public String base() {
        return base;
    }

    public Answer get(String path) {
        return send("GET", path, HttpRequest.BodyPublishers.noBody(), null);
    }

    /** The exact bytes of an answer (e.g. a document to sign); refused statuses as {@link DemoException}. */
    public byte[] bytes(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60)).GET();
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        try {
            HttpResponse<byte[]> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
            if (r.statusCode() != 200) {
                throw new DemoException("GET " + base + path + " answered HTTP " + r.statusCode() + ": "
                        + new String(r.body(), StandardCharsets.UTF_8));
            }
            return r.body();
        } catch (IOException e) {
            throw new DemoException("cannot call GET " + base + path + ": " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DemoException("interrupted");
        }
    }

    public Answer post(String path, Object body) {
        return send("POST", path, HttpRequest.BodyPublishers.ofByteArray(json(body)), "application/json");
    }

    public Answer multipart(String path, List<Part> parts) {
        String boundary = "egov-" + UUID.randomUUID();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            for (Part p : parts) {
                out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + p.name() + "\""
                        + (p.fileName() == null ? "" : "; filename=\"" + p.fileName() + "\"") + "\r\nContent-Type: "
                        + p.contentType() + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
                out.write(p.content());
                out.write("\r\n".getBytes(StandardCharsets.UTF_8));
            }
            out.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new DemoException("cannot build a multipart body: " + e);
        }
        return send("POST", path, HttpRequest.BodyPublishers.ofByteArray(out.toByteArray()),
                "multipart/form-data; boundary=" + boundary);
    }

    static byte[] json(Object body) {
        try {
            return body == null ? "{}".getBytes(StandardCharsets.UTF_8) : JSON.writeValueAsBytes(body);
        } catch (IOException e) {
            throw new DemoException("cannot write JSON: " + e);
        }
    }

    private Answer send(String method, String path, HttpRequest.BodyPublisher body, String contentType) {
        String call = method + " " + base + path;
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json").header("Accept-Language", "ru").method(method, body);
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        headers.forEach(b::header);
        HttpResponse<String> r;
        try {
            r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            // a rate limit of the service (429): wait as long as it says and try again, as a client should
            for (int tries = 1; r.statusCode() == 429 && tries <= RATE_LIMITED_TRIES; tries++) {
                Thread.sleep(1000L * r.headers().firstValueAsLong("Retry-After").orElse(1));
                r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new DemoException("cannot call " + call + " (is the stack running? ./egov status): " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DemoException("interrupted");
        }
        JsonNode node;
        try {
            node = r.body() == null || r.body().isBlank() ? JSON.missingNode() : JSON.readTree(r.body());
        } catch (IOException e) {
            node = JSON.missingNode();
        }
        return new Answer(call, r.statusCode(), node == null ? JSON.missingNode() : node, r.body() == null ? "" : r.body());
    }
}
