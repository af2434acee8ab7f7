package kz.egov.cli.agent;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import kz.egov.eds.algorithm.SignatureAlgorithm;
import kz.egov.eds.cms.SigningKey;
import kz.egov.eds.devca.DevCertificateAuthority;
import kz.egov.eds.devca.DevSubject;
import kz.egov.eds.identity.IinGenerator;
import kz.egov.eds.identity.Sex;

/** An agent holding an officer's key, approving everything it is asked (what it refuses is then its own doing). */
final class AgentFixture implements AutoCloseable {

    static final String PAGE = "http://127.0.0.1:8083";
    static final ObjectMapper JSON = new ObjectMapper();

    final StringWriter log = new StringWriter();
    final SigningAgent agent;
    private final HttpClient http = HttpClient.newHttpClient();

    AgentFixture(Path dir) throws Exception {
        DevCertificateAuthority ca = DevCertificateAuthority.openOrCreate(dir.resolve("ca"));
        Path p12 = ca.issue(DevSubject.officer(IinGenerator.nth(LocalDate.of(1979, 4, 12), Sex.FEMALE, 8), "Ахметова",
                "Дана", null, "Акимат", "060240004456"), SignatureAlgorithm.RSA_SHA256)
                .writePkcs12(dir.resolve("officer.p12"), "pw-1".toCharArray());
        agent = new SigningAgent(SigningKey.fromPkcs12(p12, "pw-1".toCharArray()), SigningAgent.DEFAULT_ORIGINS,
                Approver.automatic(new PrintWriter(log)), 0, new PrintWriter(log)).start();
    }

    HttpResponse<String> sign(String origin, byte[] content) throws Exception {
        String body = JSON.writeValueAsString(Map.of("data", Base64.getEncoder().encodeToString(content),
                "description", "a document"));
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(agent.baseUrl() + "/sign"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (origin != null) {
            b.header("Origin", origin);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    HttpResponse<String> status(String origin) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(agent.baseUrl() + "/status")).GET();
        if (origin != null) {
            b.header("Origin", origin);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Override
    public void close() {
        agent.close();
    }
}
