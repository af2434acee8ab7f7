package kz.egov.corp;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import kz.egov.contract.envelope.EnvelopeCodec;
import kz.egov.contract.envelope.SealInput;
import kz.egov.contract.message.PersonRecord;
import kz.egov.contract.seal.SignerIdentity;
import kz.egov.contract.message.SignerRole;
import kz.egov.eds.verify.EdsVerifier;
import kz.egov.platform.http.SealedCall;
import kz.egov.reference.Participants;
import kz.egov.reference.Population;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A tiny real HTTP stand-in of the gateway's two REST endpoints ИС ЦОН calls: {@code GET /api/persons/{iin}} (ГБД ФЛ
 * from the reference population) and {@code POST /api/attachments} (kept in memory). Every call's seal headers are
 * verified with the service's own EdsVerifier: a system certificate of the named participant (CN = id, BIN).
 */
@ApplicationScoped
public class GatewayStandIn {

    /** One read of ГБД ФЛ: who read whose data, and why. */
    public record Read(String participant, String iin, String purpose) {
    }

    @Inject
    EdsVerifier verifier;

    @ConfigProperty(name = "egov.test.gateway-port")
    Optional<Integer> port;

    private final Map<String, byte[]> attachments = new ConcurrentHashMap<>();
    private final List<Read> reads = new CopyOnWriteArrayList<>();
    private HttpServer server;

    void start(@Observes StartupEvent event) throws IOException {
        if (port.isEmpty()) {
            return;
        }
        Population population = Population.standard();
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", port.get()), 0);
        server.createContext("/api/persons/", x -> handle(x, () -> person(x, population)));
        server.createContext("/api/attachments", x -> handle(x, () -> upload(x)));
        server.start();
    }

    void stop(@Observes ShutdownEvent event) {
        if (server != null) {
            server.stop(0);
        }
    }

    public Map<String, byte[]> attachments() {
        return attachments;
    }

    public List<Read> reads() {
        return reads;
    }

    private record Answer(int status, Object body) {
    }

    private interface Call {
        Answer run() throws IOException;
    }

    private void handle(HttpExchange x, Call call) throws IOException {
        Answer a;
        try {
            a = call.run();
        } catch (RuntimeException e) {
            a = new Answer(401, Map.of("code", "UNAUTHENTICATED", "detail", String.valueOf(e.getMessage())));
        }
        byte[] out = EnvelopeCodec.encode(a.body());
        x.getResponseHeaders().add("Content-Type", a.status() < 300 ? "application/json" : "application/problem+json");
        x.sendResponseHeaders(a.status(), out.length);
        x.getResponseBody().write(out);
        x.close();
    }

    private Answer person(HttpExchange x, Population population) {
        String pathAndQuery = x.getRequestURI().getRawPath() + "?" + x.getRequestURI().getRawQuery();
        String caller = authenticate(x, "GET", pathAndQuery, null);
        String iin = x.getRequestURI().getPath().substring("/api/persons/".length());
        String purpose = x.getRequestURI().getQuery().replace("purpose=", "");
        reads.add(new Read(caller, iin, purpose));
        Optional<PersonRecord> p = population.find(r -> r.iin().equals(iin));
        return p.<Answer>map(r -> new Answer(200, r))
                .orElse(new Answer(404, Map.of("code", "PERSON_NOT_FOUND", "status", 404)));
    }

    private Answer upload(HttpExchange x) throws IOException {
        byte[] content = x.getRequestBody().readAllBytes();
        authenticate(x, "POST", "/api/attachments", content);
        String sha = SealInput.sha256Hex(content);
        attachments.put(sha, content);
        String type = x.getRequestHeaders().getFirst("Content-Type");
        return new Answer(201, Map.of("sha256", sha, "size", (long) content.length, "mediaType", type));
    }

    /** The call's seal: the named participant's system certificate over method, path, timestamp and body. */
    private String authenticate(HttpExchange x, String method, String pathAndQuery, byte[] body) {
        String participant = x.getRequestHeaders().getFirst(SealedCall.PARTICIPANT);
        String ts = x.getRequestHeaders().getFirst(SealedCall.TIMESTAMP);
        String seal = x.getRequestHeaders().getFirst(SealedCall.SEAL);
        if (participant == null || ts == null || seal == null) {
            throw new IllegalStateException("sealed call required");
        }
        SignerIdentity signer = verifier.forRole(SignerRole.SYSTEM).verifyDetached(
                SealedCall.signingInput(method, pathAndQuery, ts, body),
                java.util.Base64.getDecoder().decode(seal.getBytes(StandardCharsets.US_ASCII)), Instant.now());
        Participants.Seed seed = Participants.byId(participant);
        if (!participant.equals(signer.commonName()) || !seed.bin().equals(signer.bin())) {
            throw new IllegalStateException("seal is not " + participant + "'s");
        }
        return participant;
    }
}
