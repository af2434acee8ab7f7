package kz.egov.cli.agent;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import kz.egov.cli.EgovCommand;
import kz.egov.eds.algorithm.SignatureAlgorithm;
import kz.egov.contract.message.SignerRole;
import kz.egov.eds.cms.SigningKey;
import kz.egov.eds.devca.DevCertificateAuthority;
import kz.egov.eds.devca.DevSubject;
import kz.egov.eds.identity.IinGenerator;
import kz.egov.eds.identity.IinMask;
import kz.egov.eds.identity.Sex;
import kz.egov.eds.verify.EdsVerifier;
import kz.egov.eds.verify.RevocationConfig;
import kz.egov.eds.verify.VerifiedSignature;
import kz.egov.eds.verify.VerifierConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SigningAgentTest {

    static final String OFFICER_IIN = IinGenerator.nth(LocalDate.of(1979, 4, 12), Sex.FEMALE, 7);
    static final String BIN = "060240004456";
    static final String PAGE = "http://127.0.0.1:8083";
    static final String EVIL = "http://evil.example";
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;

    static DevCertificateAuthority ca;
    static SigningKey key;
    static SigningAgent agent;
    static StringWriter log = new StringWriter();
    static HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        ca = DevCertificateAuthority.openOrCreate(dir.resolve("ca"));
        Path p12 = ca.issue(DevSubject.officer(OFFICER_IIN, "Ахметова", "Дана", null, "Акимат", BIN),
                SignatureAlgorithm.RSA_SHA256).writePkcs12(dir.resolve("officer.p12"), "pw-1".toCharArray());
        key = SigningKey.fromPkcs12(p12, "pw-1".toCharArray());
        agent = new SigningAgent(key, SigningAgent.DEFAULT_ORIGINS, Approver.automatic(new PrintWriter(log)), 0,
                new PrintWriter(log)).start();
    }

    @AfterAll
    static void stop() {
        agent.close();
    }

    static HttpResponse<String> send(HttpRequest.Builder b) throws Exception {
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static HttpRequest.Builder sign(String origin, byte[] content) throws Exception {
        String body = JSON.writeValueAsString(java.util.Map.of("data", Base64.getEncoder().encodeToString(content),
                "description", "result document of request 42"));
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(agent.baseUrl() + "/sign"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        return origin == null ? b : b.header("Origin", origin);
    }

    @Test
    void signsForAnAllowedPageAndTheCmsVerifiesAgainstTheCa() throws Exception {
        byte[] doc = "{\"requestId\":\"42\",\"kind\":\"RESULT\",\"text\":\"Справка\"}".getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> r = send(sign(PAGE, doc));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Access-Control-Allow-Origin")).contains(PAGE);
        JsonNode answer = JSON.readTree(r.body());
        byte[] cms = Base64.getDecoder().decode(answer.get("cms").asText());

        try (EdsVerifier verifier = EdsVerifier.create(VerifierConfig.builder(ca.trustAnchors())
                .revocation(RevocationConfig.builder().crl(ca.crlSource(SignatureAlgorithm.RSA_SHA256))
                        .crl(ca.crlSource(SignatureAlgorithm.GOST2012_256)).backgroundRefresh(false).build())
                .build())) {
            VerifiedSignature v = verifier.verify(doc, cms, Instant.now(), SignerRole.OFFICER);
            assertThat(v.signer().iin()).isEqualTo(OFFICER_IIN);
            assertThat(v.signer().bin()).isEqualTo(BIN);
        }
        // what was signed was shown (size, hash, readable JSON), the key's secrets never
        assertThat(log.toString()).contains(doc.length + " bytes").contains(answer.get("sha256").asText())
                .contains("\"kind\" : \"RESULT\"").contains("Справка").contains("signed " + doc.length + " bytes");
        assertThat(r.body()).doesNotContain("PRIVATE");
    }

    @Test
    void anUntrustedOriginIsRefusedWithoutCorsHeadersAndLogged() throws Exception {
        HttpResponse<String> r = send(sign(EVIL, "{}".getBytes(StandardCharsets.UTF_8)));
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(r.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        assertThat(JSON.readTree(r.body()).get("error").asText()).isEqualTo("ORIGIN_NOT_ALLOWED");

        HttpResponse<String> status = send(HttpRequest.newBuilder(URI.create(agent.baseUrl() + "/status"))
                .header("Origin", EVIL));
        assertThat(status.statusCode()).isEqualTo(403);
        assertThat(status.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();

        HttpResponse<String> preflight = send(HttpRequest.newBuilder(URI.create(agent.baseUrl() + "/sign"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).header("Origin", EVIL)
                .header("Access-Control-Request-Method", "POST"));
        assertThat(preflight.statusCode()).isEqualTo(403);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Methods")).isEmpty();

        assertThat(log.toString()).contains("REFUSED origin " + EVIL + " (POST /sign)");
    }

    @Test
    void aPreflightFromAnAllowedOriginIsAnswered() throws Exception {
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(agent.baseUrl() + "/sign"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).header("Origin", "http://localhost:8085")
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type")
                .header("Access-Control-Request-Private-Network", "true"));
        assertThat(r.statusCode()).isEqualTo(204);
        assertThat(r.headers().firstValue("Access-Control-Allow-Origin")).contains("http://localhost:8085");
        assertThat(r.headers().firstValue("Access-Control-Allow-Methods").orElseThrow()).contains("POST");
        assertThat(r.headers().firstValue("Access-Control-Allow-Headers").orElseThrow()).containsIgnoringCase(
                "content-type");
        assertThat(r.headers().firstValue("Access-Control-Allow-Private-Network")).contains("true");
    }

    @Test
    void statusNamesTheKeysOwnerWithTheIinMasked() throws Exception {
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(agent.baseUrl() + "/status"))
                .header("Origin", "http://127.0.0.1:8085"));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Access-Control-Allow-Origin")).contains("http://127.0.0.1:8085");
        JsonNode s = JSON.readTree(r.body());
        assertThat(s.get("ready").asBoolean()).isTrue();
        assertThat(s.at("/subject/commonName").asText()).isEqualTo("Ахметова Дана");
        assertThat(s.at("/subject/iin").asText()).isEqualTo(IinMask.mask(OFFICER_IIN));
        assertThat(s.at("/subject/bin").asText()).isEqualTo(BIN);
        assertThat(s.get("algorithm").asText()).isEqualTo("SHA256withRSA");
        assertThat(r.body()).doesNotContain(OFFICER_IIN);
    }

    @Test
    void malformedRequestsAndFormPostsAreRefused() throws Exception {
        HttpResponse<String> noData = send(HttpRequest.newBuilder(URI.create(agent.baseUrl() + "/sign"))
                .header("Origin", PAGE).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"description\":\"x\"}")));
        assertThat(noData.statusCode()).isEqualTo(400);
        assertThat(noData.headers().firstValue("Access-Control-Allow-Origin")).contains(PAGE);
        HttpResponse<String> form = send(HttpRequest.newBuilder(URI.create(agent.baseUrl() + "/sign"))
                .header("Origin", PAGE).header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("{\"data\":\"e30=\"}")));
        assertThat(form.statusCode()).isEqualTo(415);
        HttpResponse<String> get = send(HttpRequest.newBuilder(URI.create(agent.baseUrl() + "/sign"))
                .header("Origin", PAGE));
        assertThat(get.statusCode()).isEqualTo(405);
    }

    @Test
    void theTerminalApproverSignsOnlyOnYesAndShowsWhatIsSigned() throws Exception {
        StringWriter screen = new StringWriter();
        Approver terminal = Approver.terminal(new BufferedReader(new StringReader("n\ny\n")), new PrintWriter(screen));
        try (SigningAgent asking = new SigningAgent(key, List.of(PAGE), terminal, 0, new PrintWriter(screen)).start()) {
            byte[] doc = "{\"a\":1}".getBytes(StandardCharsets.UTF_8);
            String body = JSON.writeValueAsString(java.util.Map.of("data", Base64.getEncoder().encodeToString(doc),
                    "description", "evil\u001b[2Jtext"));
            HttpRequest req = HttpRequest.newBuilder(URI.create(asking.baseUrl() + "/sign")).header("Origin", PAGE)
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build();
            HttpResponse<String> declined = http.send(req, HttpResponse.BodyHandlers.ofString());
            assertThat(declined.statusCode()).isEqualTo(403);
            assertThat(JSON.readTree(declined.body()).get("error").asText()).isEqualTo("DECLINED_BY_USER");
            assertThat(declined.headers().firstValue("Access-Control-Allow-Origin")).contains(PAGE);
            HttpResponse<String> approved = http.send(req, HttpResponse.BodyHandlers.ofString());
            assertThat(approved.statusCode()).isEqualTo(200);
            // the other page is refused before anyone is asked
            HttpResponse<String> other = http.send(HttpRequest.newBuilder(URI.create(asking.baseUrl() + "/sign"))
                    .header("Origin", "http://127.0.0.1:8085").header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(other.statusCode()).isEqualTo(403);
        }
        assertThat(screen.toString()).contains("SHA-256").contains("\"a\" : 1").contains("[y/N]")
                .contains("declined: nothing signed").contains("approved: signing").doesNotContain("\u001b");
    }

    @Test
    void theAgentIsASubcommandOfEgov() {
        assertThat(EgovCommand.commandLine().getSubcommands()).containsKey("agent");
    }
}
