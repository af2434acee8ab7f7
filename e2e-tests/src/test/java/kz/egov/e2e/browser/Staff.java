package kz.egov.e2e.browser;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import kz.egov.cli.agent.Approver;
import kz.egov.cli.agent.SigningAgent;
import kz.egov.cli.demo.Api;
import kz.egov.cli.demo.Target;
import kz.egov.cli.stack.RunningStack;
import kz.egov.cli.stack.StackSecrets;
import kz.egov.e2e.E2eStack;
import kz.egov.eds.algorithm.SignatureAlgorithm;
import kz.egov.eds.cms.SigningKey;
import kz.egov.eds.devca.DevCertificateAuthority;
import kz.egov.eds.devca.DevSubject;
import kz.egov.reference.Participants;

/**
 * The people at the desks of the e2e stack: the seeded officers and operators (found through the admin APIs, signing in
 * with the stack's seed passwords), their keys issued from the stack's development CA as PKCS#12 files under
 * target/browser-keys, and their local signing agents ({@link SigningAgent}, in this JVM, on a free port, trusting the
 * page's origin only, approving automatically as {@code ./egov agent --auto-approve} does).
 */
final class Staff {

    static final char[] KEY_PASSWORD = "browser-test-key".toCharArray();

    record Officer(String providerId, String iin, String surname, String givenName, Set<String> roles) {
        String name() {
            return surname + " " + givenName;
        }
    }

    record Operator(String branchId, String login, String iin, String surname, String givenName) {
    }

    final RunningStack stack;
    final Target target;
    private final DevCertificateAuthority ca;
    private final List<LocalAgent> agents = new ArrayList<>();

    Staff() {
        this.stack = E2eStack.get();
        this.target = Target.of(stack.config(), stack.secrets());
        this.ca = DevCertificateAuthority.openOrCreate(target.caDir(), java.time.Clock.systemUTC(),
                DevCertificateAuthority.ALGORITHMS, target.caPassword());
    }

    static String origin(String baseUrl) {
        URI u = URI.create(baseUrl);
        return u.getScheme() + "://" + u.getHost() + ":" + u.getPort();
    }

    Api admin(String base) {
        return Api.anonymous(base).basic(StackSecrets.ADMIN_USER, target.adminPassword(base));
    }

    /** A seeded, active officer of the provider holding the role, other than the ones given. */
    Officer officer(String providerId, String role, Officer... not) {
        JsonNode list = admin(target.mio()).get("/admin/officers?providerId=" + providerId).expect(200).body();
        for (JsonNode o : list) {
            List<String> roles = new ArrayList<>();
            o.path("roles").forEach(r -> roles.add(r.asText()));
            String iin = o.path("iin").asText();
            if (roles.contains(role) && o.path("active").asBoolean(true)
                    && Arrays.stream(not).noneMatch(x -> x.iin().equals(iin))) {
                return new Officer(providerId, iin, o.path("surname").asText(), o.path("givenName").asText(),
                        Set.copyOf(roles));
            }
        }
        throw new AssertionError("no active " + role + " at " + providerId + " (GET /admin/officers)");
    }

    Operator operator(String branchId) {
        JsonNode list = admin(target.corp()).get("/admin/operators?branchId=" + branchId).expect(200).body();
        for (JsonNode o : list) {
            if (o.path("active").asBoolean(true) && o.path("hasPassword").asBoolean(true)) {
                return new Operator(branchId, o.path("login").asText(), o.path("iin").asText(),
                        o.path("surname").asText(), o.path("givenName").asText());
            }
        }
        throw new AssertionError("no active operator at " + branchId + " (GET /admin/operators)");
    }

    /** The officer's own API session (for what the test checks behind the page). */
    Api api(Officer o) {
        String token = Api.anonymous(target.mio()).post("/api/sign-in", Map.of("iin", o.iin(), "password",
                target.officerPassword())).expect(200).body().path("token").asText();
        return Api.anonymous(target.mio()).bearer(token);
    }

    Api api(Operator o) {
        String token = Api.anonymous(target.corp()).post("/api/auth/sign-in", Map.of("login", o.login(), "password",
                target.operatorPassword())).expect(200, 201).body().path("token").asText();
        return Api.anonymous(target.corp()).bearer(token);
    }

    /** The officer's key file (as {@code ./egov ca issue officer ...}) and an agent holding it for {@code origins}. */
    LocalAgent agent(Officer o, String... origins) {
        Participants.Seed org = Participants.byId(o.providerId());
        return agent(DevSubject.officer(o.iin(), o.surname(), o.givenName(), null, org.name(), org.bin()), origins);
    }

    LocalAgent agent(Operator o, String... origins) {
        Participants.Seed org = Participants.byId(o.branchId());
        return agent(DevSubject.operator(o.iin(), o.surname(), o.givenName(), null, org.name(), org.bin()), origins);
    }

    private LocalAgent agent(DevSubject subject, String... origins) {
        Path file = Browser.TARGET.resolve("browser-keys/" + subject.kind().name().toLowerCase() + "-" + subject.iin()
                + ".p12");
        ca.issue(subject, SignatureAlgorithm.RSA_SHA256).writePkcs12(file, KEY_PASSWORD);
        LocalAgent a = new LocalAgent(SigningKey.fromPkcs12(file, KEY_PASSWORD), List.of(origins));
        agents.add(a);
        return a;
    }

    void close() {
        agents.forEach(LocalAgent::close);
    }

    /** {@code ./egov agent --key <p12> --auto-approve --port <free> --allow-origin <page>}, in this JVM. */
    static final class LocalAgent implements AutoCloseable {
        private final StringWriter log = new StringWriter();
        final SigningAgent agent;

        LocalAgent(SigningKey key, List<String> origins) {
            PrintWriter out = new PrintWriter(log, true);
            try {
                this.agent = new SigningAgent(key, origins, Approver.automatic(out), 0, out).start();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        String url() {
            return agent.baseUrl();
        }

        /** What the agent printed: every request (origin, SHA-256, preview), every refusal. */
        String log() {
            return log.toString();
        }

        @Override
        public void close() {
            agent.close();
        }
    }
}
