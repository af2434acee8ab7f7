package kz.egov.cli.chaos;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import kz.egov.cli.demo.Api;
import kz.egov.cli.demo.DemoException;
import kz.egov.cli.demo.People;
import kz.egov.cli.demo.Target;

/**
 * The officers of one provider taking requests through to the registry and the signed result while the faults go
 * on: the registrar registers, the head names the executor, the executor's PREPARE_RESULT sends REGISTER_JOB_SEEKER to
 * АИС «Рынок труда», the executor passes it on, the head signs. Each step is decided from the case as МИО shows it
 * now (never from what was sent before), so a call whose answer was lost is not made twice.
 */
final class CaseWorker {

    /** How a case ended here: its outcome, or why it could not be finished. */
    record Worked(String requestId, String outcome, String failure) {
    }

    private record Officer(String iin, People.Key key, Api api) {
    }

    private final Target target;
    private final String providerId;
    private final People people;
    private final Politely politely;
    private final Duration timeout;
    private final Map<String, Officer> officers = new LinkedHashMap<>();
    private String lastRefusal = "";

    CaseWorker(Target target, String providerId, Politely politely, Duration timeout) {
        this.target = target;
        this.providerId = providerId;
        this.people = target.people();
        this.politely = politely;
        this.timeout = timeout;
    }

    /** Signs the provider's registrar, head and executor in (before the faults). */
    void signIn() {
        officer("REGISTRAR");
        officer("HEAD");
        officer("EXECUTOR");
    }

    Worked work(String requestId) {
        long deadline = System.nanoTime() + timeout.toNanos();
        Officer registrar = officer("REGISTRAR");
        Officer head = officer("HEAD");
        Officer executor = officer("EXECUTOR");
        String last = "no case yet";
        try {
            while (System.nanoTime() < deadline) {
                Api.Answer a = politely.call("case " + requestId, () -> registrar.api().get("/api/cases/" + requestId));
                if (a.status() == 404) {
                    Politely.sleep(500);
                    continue;
                }
                JsonNode v = a.expect(200).body();
                if (!v.path("outcome").isNull() && !v.path("outcome").asText().isEmpty()) {
                    return new Worked(requestId, v.path("outcome").asText(), null);
                }
                String actions = v.path("actions").toString();
                JsonNode summary = v.path("summary");
                last = "status " + summary.path("status").asText() + ", step " + summary.path("stepNumber").asText()
                        + " " + summary.path("stepRole").asText() + ", awaiting registry "
                        + summary.path("awaitingRegistry").asBoolean() + ", draft " + v.at("/draft/kind").asText()
                        + ", actions " + actionNames(v.path("actions")) + lastRefusal;
                if (summary.path("awaitingRegistry").asBoolean()) {
                    Politely.sleep(500);
                } else if (!actions.contains("\"COMPLETE_STEP\"")) {
                    act(registrar, requestId, Map.of("action", "COMPLETE_STEP", "comment", "зарегистрировано"));
                } else if (!actions.contains("\"ASSIGN_EXECUTOR\"")) {
                    act(head, requestId, Map.of("action", "ASSIGN_EXECUTOR", "executorIin", executor.iin()));
                } else if (!actions.contains("\"PREPARE_RESULT\"")) {
                    act(executor, requestId, Map.of("action", "PREPARE_RESULT"));
                } else if (!"RESULT".equals(v.at("/draft/kind").asText())) {
                    return new Worked(requestId, null, "the registry refused: " + v.path("registry"));
                } else if (count(actions, "\"COMPLETE_STEP\"") < 2) {
                    act(executor, requestId, Map.of("action", "COMPLETE_STEP"));
                } else {
                    sign(head, requestId);
                }
            }
            JsonNode v = politely.call("case " + requestId, () -> registrar.api().get("/api/cases/" + requestId))
                    .expect(200).body();
            if (!v.path("outcome").isNull() && !v.path("outcome").asText().isEmpty()) {
                return new Worked(requestId, v.path("outcome").asText(), null);
            }
            return new Worked(requestId, null, "not finished within " + timeout.toSeconds() + " s (" + last + ")");
        } catch (DemoException e) {
            return new Worked(requestId, null, e.getMessage());
        }
    }

    private void act(Officer o, String requestId, Map<String, Object> action) {
        Api.Answer a = politely.call(action.get("action") + " on " + requestId,
                () -> o.api().post("/api/cases/" + requestId + "/actions", action));
        if (a.status() == 409) {
            lastRefusal = "; " + action.get("action") + " answered 409 " + a.code() + " " + a.body().path("detail")
                    .asText();
        } else {
            a.expect(200);
            lastRefusal = "";
        }
    }

    private void sign(Officer o, String requestId) {
        byte[][] document = new byte[1][];
        politely.call("result document of " + requestId, () -> {
            document[0] = o.api().bytes("/api/cases/" + requestId + "/result-document");
            return new Api.Answer("GET result-document", 200, com.fasterxml.jackson.databind.node.MissingNode
                    .getInstance(), "");
        });
        act(o, requestId, Map.of("action", "SIGN", "signature", o.key().sign(document[0])));
    }

    private Officer officer(String role) {
        return officers.computeIfAbsent(role, r -> {
            JsonNode list = Api.anonymous(target.mio()).basic("admin", target.adminPassword(target.mio()))
                    .get("/admin/officers?providerId=" + providerId).expect(200).body();
            for (JsonNode o : list) {
                if (o.path("roles").toString().contains("\"" + role + "\"") && o.path("active").asBoolean(true)) {
                    String iin = o.path("iin").asText();
                    String token = Api.anonymous(target.mio()).post("/api/sign-in", Map.of("iin", iin, "password",
                            target.officerPassword())).expect(200).body().path("token").asText();
                    People.Key key = people.officer(providerId, iin, o.path("surname").asText(),
                            o.path("givenName").asText());
                    return new Officer(iin, key, Api.anonymous(target.mio()).bearer(token));
                }
            }
            throw new DemoException("no active " + role + " at " + providerId);
        });
    }

    private static String actionNames(JsonNode actions) {
        StringBuilder b = new StringBuilder();
        actions.forEach(a -> b.append(b.length() == 0 ? "" : ",").append(a.path("action").asText()));
        return "[" + b + "]";
    }

    private static int count(String text, String what) {
        int n = 0;
        for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + 1)) {
            n++;
        }
        return n;
    }
}
