package kz.egov.cli.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.sun.net.httpserver.HttpServer;
import kz.egov.cli.EgovCommand;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code egov evidence} against a JDK HttpServer standing in for the gateway's admin API. */
class EvidenceCommandTest {

    static final String INTACT = "{\"intact\":true,\"records\":42,\"problems\":[]}";
    static final String ALTERED = "{\"intact\":false,\"records\":41,\"problems\":[\"record 7 was altered\","
            + "\"records 12..12 are missing\"]}";
    static final String RECORDS = "[{\"seq\":3,\"requestId\":\"req-1\",\"messageId\":\"m-2\",\"kind\":\"CHECK\","
            + "\"subject\":\"GBD_FL\",\"outcome\":\"OK\",\"detail\":\"{\\\"found\\\":true}\","
            + "\"recordedAt\":\"2025-03-03T10:00:01Z\",\"prevHash\":\"aa\",\"hash\":\"0123456789abcdef0123\"},"
            + "{\"seq\":1,\"requestId\":\"req-1\",\"messageId\":\"m-1\",\"kind\":\"IN\","
            + "\"subject\":\"SERVICE_REQUEST\",\"outcome\":\"OK\",\"detail\":null,"
            + "\"recordedAt\":\"2025-03-03T10:00:00Z\",\"prevHash\":\"00\",\"hash\":\"ffffffffffffffffffff\"}]";

    @TempDir
    Path dir;

    HttpServer server;
    String url;
    final Map<String, String> answers = new ConcurrentHashMap<>();
    final Map<String, String> seenAuthorization = new ConcurrentHashMap<>();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 8);
        server.createContext("/", ex -> {
            String path = ex.getRequestURI().getRawPath();
            String auth = ex.getRequestHeaders().getFirst("Authorization");
            seenAuthorization.put(path, String.valueOf(auth));
            String expected = "Basic " + Base64.getEncoder().encodeToString("admin:s3cret".getBytes(StandardCharsets.UTF_8));
            byte[] body;
            int status;
            if (!expected.equals(auth)) {
                status = 401;
                body = new byte[0];
            } else if (answers.containsKey(path)) {
                status = 200;
                body = answers.get(path).getBytes(StandardCharsets.UTF_8);
            } else {
                status = 404;
                body = "{\"title\":\"not found\"}".getBytes(StandardCharsets.UTF_8);
            }
            ex.getResponseHeaders().set("Content-Type", "application/json");
            ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        url = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    record Run(int exit, String out, String err) {
    }

    Run run(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int exit = EgovCommand.commandLine().execute(args);
            return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    @Test
    void anIntactChainExitsZero() {
        answers.put("/admin/evidence/verify", INTACT);
        Run r = run("evidence", "verify", "--gateway", url, "--password", "s3cret");
        assertThat(r.exit()).isZero();
        assertThat(r.out().lines()).containsExactly("Evidence chain of " + url + ": 42 records checked",
                "INTACT: every record links to its predecessor and matches its hash; the head agrees.");
    }

    @Test
    void anAlteredChainListsItsProblemsAndExitsTwo() {
        answers.put("/admin/evidence/verify", ALTERED);
        Run r = run("evidence", "verify", "--gateway", url + "/", "--password", "s3cret");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out().lines()).containsExactly("Evidence chain of " + url + ": 41 records checked",
                "ALTERED: 2 problems", "  - record 7 was altered", "  - records 12..12 are missing");
    }

    @Test
    void theGatewaysOwnPasswordComesFromTheStacksSecretsFile() throws IOException {
        answers.put("/admin/evidence/verify", INTACT);
        StringBuilder secrets = new StringBuilder();
        for (String key : kz.egov.cli.stack.StackSecrets.KEYS) {
            secrets.append(key).append('=').append(key.equals("EGOV_ADMIN_PASSWORD_GATEWAY_ROUTER") ? "s3cret"
                    : "another").append('\n');
        }
        Files.writeString(dir.resolve("secrets.properties"), secrets);
        Run r = run("evidence", "verify", "--gateway", url, "--data-dir", dir.toString());
        assertThat(r.exit()).as(r.err()).isZero();
    }

    @Test
    void refusedCredentialsAndAnUnreachableGatewayExitOne() {
        answers.put("/admin/evidence/verify", INTACT);
        Run refused = run("evidence", "verify", "--gateway", url, "--password", "wrong");
        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.err()).contains("refused the admin credentials (HTTP 401)");
        assertThat(refused.out()).isEmpty();

        server.stop(0);
        Run down = run("evidence", "verify", "--gateway", url, "--password", "s3cret");
        assertThat(down.exit()).isEqualTo(1);
        assertThat(down.err()).contains("cannot reach the gateway at " + url);
    }

    @Test
    void showPrintsTheRecordsInChainOrder() {
        answers.put("/admin/evidence/requests/req-1", RECORDS);
        Run r = run("evidence", "show", "req-1", "--gateway", url, "--password", "s3cret");
        assertThat(r.exit()).as(r.err()).isZero();
        List<String> lines = r.out().lines().toList();
        assertThat(lines.get(0)).isEqualTo("Evidence of request req-1: 2 records");
        assertThat(lines.get(2)).startsWith("SEQ").contains("RECORDED AT", "KIND", "SUBJECT", "OUTCOME", "HASH");
        assertThat(lines.get(3)).startsWith("1  ").contains("2025-03-03T10:00:00Z", "IN", "SERVICE_REQUEST", "m-1",
                "ffffffffffff").doesNotContain("fffffffffffff");
        assertThat(lines.get(4)).startsWith("3  ").contains("CHECK", "GBD_FL", "0123456789ab", "{\"found\":true}");
        assertThat(lines).hasSize(5);
    }

    @Test
    void anUnknownRequestHasNoRecords() {
        answers.put("/admin/evidence/requests/nope%20x", "[]");
        Run r = run("evidence", "show", "nope x", "--gateway", url, "--password", "s3cret");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).contains("No evidence records for request nope x.");
        assertThat(seenAuthorization).containsKey("/admin/evidence/requests/nope%20x");
    }
}
