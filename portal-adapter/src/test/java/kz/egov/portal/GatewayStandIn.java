package kz.egov.portal;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import kz.egov.contract.envelope.EnvelopeCodec;
import kz.egov.contract.envelope.SealInput;
import kz.egov.contract.message.PersonRecord;
import kz.egov.eds.cms.BcCmsProvider;
import kz.egov.eds.cms.Pkcs12Sealer;
import kz.egov.eds.cms.SignedCms;
import kz.egov.platform.http.SealedCall;
import kz.egov.reference.Population;
import kz.egov.testinfra.TestPki;

/**
 * A tiny real HTTP stand-in of the gateway's REST endpoints the portal calls: the attachment store and the ГБД ФЛ
 * person lookup and the evidence of the portal's own requests (each checks the portal's seal over the call, pinned to
 * the portal's system certificate; no password anywhere). Tests add the evidence the gateway would have logged and read what was
 * uploaded through its {@code /test/...} control endpoints (the stand-in may live in another class loader).
 */
public class GatewayStandIn implements QuarkusTestResourceLifecycleManager {

    /** A file the portal uploaded. */
    record Upload(String sha256, String mediaType, byte[] content) {
    }

    static final List<Upload> UPLOADS = new CopyOnWriteArrayList<>();
    static final Map<String, List<Map<String, Object>>> EVIDENCE = new ConcurrentHashMap<>();
    static final List<String> REFUSED_CALLS = new CopyOnWriteArrayList<>();

    private static final Population POPULATION = Population.standard();
    private HttpServer server;
    private String portalCertificateSha256;

    @Override
    public Map<String, String> start() {
        try {
            portalCertificateSha256 = Pkcs12Sealer.fromPkcs12(TestPki.get().pki().keyFile("portal"),
                    TestPki.KEY_PASSWORD.toCharArray()).identity().certificateSha256();
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/api/attachments", this::attachments);
            server.createContext("/api/persons/", this::person);
            server.createContext("/api/evidence/requests/", this::evidence);
            server.createContext("/test/evidence", this::recordEvidence);
            server.createContext("/test/uploads", this::uploads);
            server.start();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return Map.of("egov.gateway.url", "http://127.0.0.1:" + server.getAddress().getPort());
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    /** Test control (POST): records what the gateway logs when it checks a result's officer signature. */
    private void recordEvidence(HttpExchange x) throws IOException {
        Map<?, ?> in = EnvelopeCodec.json().readValue(x.getRequestBody().readAllBytes(), Map.class);
        String requestId = (String) in.get("requestId");
        EVIDENCE.computeIfAbsent(requestId, k -> new CopyOnWriteArrayList<>()).add(Map.of("seq", 1, "requestId",
                requestId, "kind", "CHECK", "subject", "RESULT_SIGNATURE", "outcome", "OK", "detail",
                new String(EnvelopeCodec.encode(Map.of("documentSha256", in.get("documentSha256"), "checkedAt",
                        in.get("checkedAt"), "revocation", "GOOD")), StandardCharsets.UTF_8), "recordedAt",
                in.get("checkedAt")));
        answer(x, 201, Map.of());
    }

    /** Test control (GET): what the portal uploaded, and the calls refused for a bad seal. */
    private void uploads(HttpExchange x) throws IOException {
        answer(x, 200, Map.of("uploads", UPLOADS.stream().map(u -> Map.of("sha256", u.sha256(), "mediaType",
                u.mediaType(), "size", u.content().length)).toList(), "refused", REFUSED_CALLS));
    }

    private void attachments(HttpExchange x) throws IOException {
        byte[] body = x.getRequestBody().readAllBytes();
        if (!"POST".equals(x.getRequestMethod()) || !sealedByPortal(x, "/api/attachments", body)) {
            answer(x, 401, Map.of("code", "UNAUTHENTICATED"));
            return;
        }
        String type = x.getRequestHeaders().getFirst("Content-Type");
        String sha = SealInput.sha256Hex(body);
        UPLOADS.add(new Upload(sha, type, body));
        answer(x, 201, Map.of("sha256", sha, "size", body.length, "mediaType", type));
    }

    private void person(HttpExchange x) throws IOException {
        String pathAndQuery = x.getRequestURI().getRawPath() + "?" + x.getRequestURI().getRawQuery();
        if (!sealedByPortal(x, pathAndQuery, null)) {
            answer(x, 401, Map.of("code", "UNAUTHENTICATED"));
            return;
        }
        String iin = x.getRequestURI().getPath().substring("/api/persons/".length());
        Optional<PersonRecord> p = POPULATION.find(r -> r.iin().equals(iin));
        if (p.isEmpty()) {
            answer(x, 404, Map.of("code", "PERSON_NOT_FOUND"));
            return;
        }
        answer(x, 200, p.get());
    }

    private void evidence(HttpExchange x) throws IOException {
        if (!sealedByPortal(x, x.getRequestURI().getRawPath(), null)) {
            REFUSED_CALLS.add(x.getRequestURI().getRawPath());
            answer(x, 401, Map.of("code", "UNAUTHENTICATED"));
            return;
        }
        String id = x.getRequestURI().getPath().substring("/api/evidence/requests/".length());
        answer(x, 200, EVIDENCE.getOrDefault(id, new ArrayList<>()));
    }

    /** The call carries the portal's seal over method, path, timestamp and body, by the portal's own certificate. */
    private boolean sealedByPortal(HttpExchange x, String pathAndQuery, byte[] body) {
        String participant = x.getRequestHeaders().getFirst(SealedCall.PARTICIPANT);
        String ts = x.getRequestHeaders().getFirst(SealedCall.TIMESTAMP);
        String seal = x.getRequestHeaders().getFirst(SealedCall.SEAL);
        try {
            SignedCms cms = new BcCmsProvider().open(Base64.getDecoder().decode(seal));
            X509Certificate cert = (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new java.io.ByteArrayInputStream(cms.signerCertificateDer()));
            cms.verifyContent(SealedCall.signingInput(x.getRequestMethod(), pathAndQuery, ts, body), cert.getPublicKey());
            boolean ok = "portal".equals(participant)
                    && portalCertificateSha256.equals(SealInput.sha256Hex(cms.signerCertificateDer()));
            if (!ok) {
                REFUSED_CALLS.add(pathAndQuery);
            }
            return ok;
        } catch (Exception | AssertionError e) {
            REFUSED_CALLS.add(pathAndQuery + " " + e.getMessage());
            return false;
        }
    }

    private static void answer(HttpExchange x, int status, Object body) throws IOException {
        byte[] json = EnvelopeCodec.json().writeValueAsBytes(body);
        x.getResponseHeaders().add("Content-Type", status / 100 == 2 ? "application/json" : "application/problem+json");
        x.sendResponseHeaders(status, json.length);
        try (OutputStream out = x.getResponseBody()) {
            out.write(json);
        }
    }
}
