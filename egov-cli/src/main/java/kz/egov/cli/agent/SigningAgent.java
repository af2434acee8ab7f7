package kz.egov.cli.agent;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import kz.egov.contract.seal.SignerIdentity;
import kz.egov.eds.cms.BcCmsProvider;
import kz.egov.eds.cms.SigningKey;
import kz.egov.eds.identity.Identities;
import kz.egov.eds.identity.IinMask;

/**
 * The local signing agent (the NCALayer stand-in): an HTTP server on 127.0.0.1 that holds one person's key and signs
 * the bytes a trusted web page sends, once the user approved them. The private key never leaves this process.
 *
 * <pre>
 * GET  /status                          → {ready, subject{commonName, iin (masked), bin, organisation}, algorithm, ...}
 * POST /sign {data: base64, description} → {cms: base64 detached CAdES-BES, sha256, signer}
 * OPTIONS (CORS preflight)              → 204 for an allowed Origin
 * </pre>
 * A request without an Origin, or whose Origin is not on the allow-list, is answered 403 with a JSON error and no
 * Access-Control-Allow-Origin header (the browser hides even that answer from the page), and logged. A document the
 * agent cannot show the user in full (binary, or longer than {@link SignRequest#SHOWN_MAX_LINES} lines) is refused
 * (422 NOT_SHOWABLE) before anyone is asked: it never signs what it did not show.
 */
public final class SigningAgent implements AutoCloseable {

    public static final int DEFAULT_PORT = 13579;
    public static final List<String> DEFAULT_ORIGINS = List.of("http://127.0.0.1:8083", "http://127.0.0.1:8085",
            "http://localhost:8083", "http://localhost:8085");
    static final int MAX_BODY = 16 * 1024 * 1024;
    static final String VERSION = "egov-agent/1";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final SigningKey key;
    private final SignerIdentity subject;
    private final Set<String> allowedOrigins;
    private final Approver approver;
    private final PrintWriter log;
    private final HttpServer server;
    private final ExecutorService executor;

    /**
     * @param port 0 for any free port (tests)
     */
    public SigningAgent(SigningKey key, List<String> allowedOrigins, Approver approver, int port, PrintWriter log)
            throws IOException {
        this.key = key;
        this.subject = Identities.of(key.certificate());
        Set<String> origins = new LinkedHashSet<>();
        for (String o : allowedOrigins) {
            origins.add(normalise(o));
        }
        this.allowedOrigins = Set.copyOf(origins);
        this.approver = approver;
        this.log = log;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 16);
        this.executor = Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "egov-agent");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        server.createContext("/", this::handle);
    }

    public SigningAgent start() {
        server.start();
        return this;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port();
    }

    public Set<String> allowedOrigins() {
        return allowedOrigins;
    }

    public SignerIdentity subject() {
        return subject;
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    /** Origins compare as scheme://host[:port], lower case, without a trailing slash. */
    static String normalise(String origin) {
        String o = origin.trim().toLowerCase(Locale.ROOT);
        while (o.endsWith("/")) {
            o = o.substring(0, o.length() - 1);
        }
        return o;
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            String method = ex.getRequestMethod().toUpperCase(Locale.ROOT);
            String path = ex.getRequestURI().getPath();
            String origin = ex.getRequestHeaders().getFirst("Origin");
            if (!hostAllowed(ex.getRequestHeaders().getFirst("Host"))) {
                // a DNS-rebound name pointing at 127.0.0.1: not a page of ours whatever its Origin says
                log("refused Host " + SignRequest.safe(String.valueOf(ex.getRequestHeaders().getFirst("Host")), false)
                        + " (" + method + " " + path + ")");
                send(ex, 403, null, error("HOST_NOT_ALLOWED", "the agent answers only as 127.0.0.1 or localhost"));
                return;
            }
            if (origin == null) {
                // a page always sends its Origin; what sends none is no page the user trusted
                log("REFUSED a request without Origin (" + method + " " + path + ")");
                send(ex, 403, null, error("ORIGIN_REQUIRED", "the signing agent answers web pages of an allowed "
                        + "origin only (start it with --allow-origin)"));
                return;
            }
            if (!allowedOrigins.contains(normalise(origin))) {
                log("REFUSED origin " + SignRequest.safe(origin, false) + " (" + method + " " + path
                        + "): not on the allow-list " + allowedOrigins);
                send(ex, 403, null, error("ORIGIN_NOT_ALLOWED",
                        "this page's origin is not trusted by the signing agent; start it with --allow-origin "
                                + "to trust it"));
                return;
            }
            if ("OPTIONS".equals(method)) {
                preflight(ex, origin);
                return;
            }
            switch (path) {
                case "/status" -> {
                    if (!"GET".equals(method)) {
                        send(ex, 405, origin, error("METHOD_NOT_ALLOWED", "GET /status"));
                    } else {
                        send(ex, 200, origin, status());
                    }
                }
                case "/sign" -> {
                    if (!"POST".equals(method)) {
                        send(ex, 405, origin, error("METHOD_NOT_ALLOWED", "POST /sign"));
                    } else {
                        sign(ex, origin);
                    }
                }
                default -> send(ex, 404, origin, error("NOT_FOUND", "GET /status, POST /sign"));
            }
        } catch (RuntimeException e) {
            log("error: " + e);
        }
    }

    private boolean hostAllowed(String host) {
        if (host == null) {
            return true; // HTTP/1.0 without Host: not a browser
        }
        String h = host.trim().toLowerCase(Locale.ROOT);
        int colon = h.lastIndexOf(':');
        String name = colon > 0 && !h.endsWith("]") ? h.substring(0, colon) : h;
        return name.equals("127.0.0.1") || name.equals("localhost") || name.equals("[::1]");
    }

    private void preflight(HttpExchange ex, String origin) throws IOException {
        Headers h = ex.getResponseHeaders();
        if (origin != null) {
            h.set("Access-Control-Allow-Origin", origin);
            h.set("Vary", "Origin");
            h.set("Access-Control-Allow-Methods", "GET, POST, OPTIONS");
            h.set("Access-Control-Allow-Headers", "Content-Type");
            h.set("Access-Control-Max-Age", "600");
            if ("true".equalsIgnoreCase(ex.getRequestHeaders().getFirst("Access-Control-Request-Private-Network"))) {
                h.set("Access-Control-Allow-Private-Network", "true");
            }
        }
        ex.sendResponseHeaders(204, -1);
    }

    private Map<String, Object> status() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("ready", true);
        s.put("agent", VERSION);
        Map<String, Object> sub = new LinkedHashMap<>();
        sub.put("commonName", subject.commonName());
        sub.put("iin", subject.iin() == null ? null : IinMask.mask(subject.iin()));
        sub.put("bin", subject.bin());
        sub.put("organisation", subject.organisation());
        s.put("subject", sub);
        s.put("algorithm", subject.algorithm());
        s.put("certificateSerial", subject.serialNumberHex());
        s.put("notAfter", subject.notAfter().toString());
        return s;
    }

    private void sign(HttpExchange ex, String origin) throws IOException {
        String type = ex.getRequestHeaders().getFirst("Content-Type");
        if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("application/json")) {
            // a plain HTML form cannot send application/json without a CORS preflight
            send(ex, 415, origin, error("UNSUPPORTED_MEDIA_TYPE", "send {data, description} as application/json"));
            return;
        }
        byte[] body = readLimited(ex.getRequestBody());
        if (body == null) {
            send(ex, 413, origin, error("PAYLOAD_TOO_LARGE", "at most " + MAX_BODY + " bytes"));
            return;
        }
        byte[] content;
        String description;
        try {
            JsonNode req = JSON.readTree(body);
            JsonNode data = req == null ? null : req.get("data");
            if (data == null || !data.isTextual()) {
                send(ex, 400, origin, error("BAD_REQUEST", "data (base64) is required"));
                return;
            }
            content = Base64.getDecoder().decode(data.asText().replaceAll("\\s", ""));
            description = req.hasNonNull("description") ? req.get("description").asText() : null;
        } catch (IOException | IllegalArgumentException e) {
            send(ex, 400, origin, error("BAD_REQUEST", "the body must be JSON {data: base64, description}"));
            return;
        }
        SignRequest request = new SignRequest(origin, description, content);
        if (request.shown().isEmpty()) {
            log("REFUSED " + content.length + " bytes, SHA-256 " + request.sha256Hex() + " from " + request.safeOrigin()
                    + ": cannot be shown in full");
            send(ex, 422, origin, error("NOT_SHOWABLE", "the agent signs only what it shows the user in full: text of "
                    + "at most " + SignRequest.SHOWN_MAX_LINES + " lines"));
            return;
        }
        if (!approver.approve(request)) {
            log("declined by the user: " + request.sha256Hex() + " from " + request.safeOrigin());
            send(ex, 403, origin, error("DECLINED_BY_USER", "the user declined to sign"));
            return;
        }
        byte[] cms = new BcCmsProvider().signDetached(content, key);
        log("signed " + content.length + " bytes, SHA-256 " + request.sha256Hex() + ", for " + request.safeOrigin());
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("cms", Base64.getEncoder().encodeToString(cms));
        answer.put("sha256", request.sha256Hex());
        answer.put("algorithm", subject.algorithm());
        send(ex, 200, origin, answer);
    }

    private static byte[] readLimited(InputStream in) throws IOException {
        byte[] data = in.readNBytes(MAX_BODY + 1);
        return data.length > MAX_BODY ? null : data;
    }

    private static Map<String, Object> error(String code, String detail) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("error", code);
        e.put("detail", detail);
        return e;
    }

    /** Sends JSON; Access-Control-Allow-Origin only when {@code allowedOrigin} is given (it was checked). */
    private static void send(HttpExchange ex, int status, String allowedOrigin, Object body) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(body);
        Headers h = ex.getResponseHeaders();
        h.set("Content-Type", "application/json; charset=utf-8");
        h.set("Cache-Control", "no-store");
        h.set("X-Content-Type-Options", "nosniff");
        if (allowedOrigin != null) {
            h.set("Access-Control-Allow-Origin", allowedOrigin);
            h.set("Vary", "Origin");
        }
        ex.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }

    private void log(String line) {
        synchronized (log) {
            log.println("[agent " + LocalTime.now().truncatedTo(ChronoUnit.SECONDS) + "] " + line);
            log.flush();
        }
    }
}
