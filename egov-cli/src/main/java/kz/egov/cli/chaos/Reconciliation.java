package kz.egov.cli.chaos;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reconciles what the clients were told with what every service recorded (its {@link Ledgers}): each check examines
 * every request, case, status, command or message of the run and lists each discrepancy it finds.
 */
final class Reconciliation {

    private final List<Submitter.Outcome> outcomes;
    private final List<CaseWorker.Worked> worked;
    private final Ledgers l;
    private final Map<String, JsonNode> portal = new LinkedHashMap<>();
    private final Map<String, JsonNode> gateway = new LinkedHashMap<>();
    private final Map<String, JsonNode> cases = new LinkedHashMap<>();

    Reconciliation(List<Submitter.Outcome> outcomes, List<CaseWorker.Worked> worked, Ledgers ledgers) {
        this.outcomes = outcomes;
        this.worked = worked;
        this.l = ledgers;
        ledgers.portal().forEach(r -> portal.put(r.path("requestId").asText(), r));
        ledgers.gateway().forEach(r -> gateway.put(r.path("requestId").asText(), r));
        ledgers.cases().forEach(c -> cases.put(c.path("requestId").asText(), c));
    }

    List<Check> checks() {
        return List.of(submitted(), settled(), exactlyOneProvider(), statusesReachedOrigin(), casesWorked(),
                registryOnce(), nothingPending(), noDeadLetters());
    }

    /** Every pre-signed request got a final answer; every accepted one is one portal request; no request extra. */
    private Check submitted() {
        Check c = new Check("every submit answered, each accepted one exactly one portal request");
        Set<String> accepted = new HashSet<>();
        for (Submitter.Outcome o : outcomes) {
            c.examined(1);
            if (o.status() == 0) {
                c.problem("draft " + o.request().draftId() + " never answered: " + o.refusal());
            } else if (o.accepted()) {
                c.expect(accepted.add(o.requestId()), "two drafts answered with request " + o.requestId());
                c.expect(portal.containsKey(o.requestId()), "request " + o.requestId() + " answered 201 but unknown "
                        + "to the portal");
            }
        }
        for (String id : portal.keySet()) {
            c.expect(accepted.contains(id), "portal request " + id + " that no client was answered with (a duplicate)");
        }
        return c;
    }

    /** Every accepted request is «поступившие» (or further) or refused with a reason at its origin. */
    private Check settled() {
        Check c = new Check("every accepted request received by the provider or refused, at its origin");
        for (JsonNode r : portal.values()) {
            c.examined(1);
            c.expect(rejected(r) || !text(r, "businessStatus").isEmpty(), "request " + id(r) + " still "
                    + text(r, "technicalStatus") + "/" + text(r, "businessStatus"));
        }
        return c;
    }

    /** Portal's accepted requests vs the gateway's routed requests and forwards vs МИО's cases. */
    private Check exactlyOneProvider() {
        Check c = new Check("every accepted request reached exactly one provider (portal = gateway = МИО)");
        Map<String, Integer> forwards = countBy(ofType(l.gatewaySent(), "SERVICE_REQUEST"));
        for (JsonNode r : portal.values()) {
            c.examined(1);
            String id = id(r);
            JsonNode g = gateway.get(id);
            if (g == null) {
                c.problem("request " + id + " never reached the gateway");
                continue;
            }
            JsonNode kase = cases.get(id);
            int sent = forwards.getOrDefault(id, 0);
            if (rejected(r)) {
                c.expect(kase == null, "request " + id + " refused by the gateway yet a case at " + text(kase, "providerId"));
                c.expect(sent == 0, "request " + id + " refused yet forwarded " + sent + " time(s)");
                continue;
            }
            String provider = text(g, "providerId");
            c.expect(!provider.isEmpty() && provider.equals(text(r, "providerId")), "request " + id + ": portal says "
                    + "provider " + text(r, "providerId") + ", gateway " + provider);
            c.expect(g.path("forwardedToProvider").asInt() == 1, "request " + id + ": the gateway's evidence shows "
                    + g.path("forwardedToProvider").asInt() + " forwards");
            c.expect(sent == 1, "request " + id + ": the gateway's outbox holds " + sent + " forwards");
            c.expect(kase != null && provider.equals(text(kase, "providerId")), "request " + id + " routed to "
                    + provider + " but МИО has " + (kase == null ? "no case" : "it at " + text(kase, "providerId")));
        }
        for (JsonNode g : gateway.values()) {
            c.expect(!"portal".equals(text(g, "origin")) || portal.containsKey(id(g)), "the gateway routed "
                    + id(g) + " from the portal, which does not know it");
        }
        for (String id : cases.keySet()) {
            c.expect(gateway.containsKey(id), "МИО case " + id + " that the gateway never routed");
        }
        return c;
    }

    /**
     * Message by message: each STATUS_CHANGE, acknowledgement carrying a status («поступившие») and RESULT_DOCUMENT МИО
     * sent about a portal request was forwarded to the portal exactly once and is in the cabinet exactly once (by the
     * provider's message id); the cabinet holds no business status that came from anywhere else.
     */
    private Check statusesReachedOrigin() {
        Check c = new Check("every status and result reached its origin exactly once (МИО = gateway = cabinet)");
        Map<String, Integer> forwardedToPortal = new HashMap<>();
        for (JsonNode m : l.gatewaySent()) {
            if ("portal".equals(text(m, "recipient"))) {
                forwardedToPortal.merge(text(m, "causationId"), 1, Integer::sum);
            }
        }
        Map<String, List<String>> inCabinet = new HashMap<>();
        for (JsonNode r : portal.values()) {
            r.path("businessEvents").forEach(e -> inCabinet.computeIfAbsent(text(e, "messageId"),
                    x -> new ArrayList<>()).add(text(e, "status")));
        }
        Set<String> fromMio = new HashSet<>();
        Map<String, Integer> resultsSent = new HashMap<>();
        for (JsonNode m : l.mioSent()) {
            String type = text(m, "type");
            String id = text(m, "messageId");
            JsonNode r = portal.get(text(m, "requestId"));
            boolean carriesStatus = type.equals("STATUS_CHANGE")
                    || type.equals("PROVIDER_ACKNOWLEDGEMENT") && !text(m, "status").isEmpty();
            if (r == null || !(carriesStatus || type.equals("RESULT_DOCUMENT"))) {
                continue;
            }
            c.examined(1);
            fromMio.add(id);
            int forwarded = forwardedToPortal.getOrDefault(id, 0);
            c.expect(forwarded == 1, type + " " + id + " of request " + id(r) + " forwarded to the portal " + forwarded
                    + " times");
            if (type.equals("RESULT_DOCUMENT")) {
                resultsSent.merge(id(r), 1, Integer::sum);
                continue;
            }
            List<String> got = inCabinet.getOrDefault(id, List.of());
            c.expect(got.equals(List.of(text(m, "status"))), "request " + id(r) + ": МИО sent " + text(m, "status")
                    + " (" + id + "), the cabinet has " + got);
        }
        inCabinet.forEach((messageId, statuses) -> c.expect(fromMio.contains(messageId), "the cabinet holds "
                + statuses + " from message " + messageId + ", which МИО never sent"));
        for (JsonNode r : portal.values()) {
            int sent = resultsSent.getOrDefault(id(r), 0);
            c.expect(sent == r.path("results").asInt(), "request " + id(r) + ": МИО sent " + sent
                    + " result(s), the cabinet holds " + r.path("results").asInt());
        }
        for (CaseWorker.Worked w : worked) {
            JsonNode r = portal.get(w.requestId());
            c.expect(w.outcome() == null || (r != null && r.path("results").asInt() == 1), "request " + w.requestId()
                    + " signed at МИО without exactly one result in the cabinet");
        }
        return c;
    }

    /** Each case taken through registration made exactly one registration, through exactly one accepted command. */
    private Check registryOnce() {
        Check c = new Check("no registry effect happened twice (one command, one card change, one registration)");
        Map<String, List<JsonNode>> byRequest = new HashMap<>();
        for (JsonNode k : l.registry()) {
            c.examined(1);
            byRequest.computeIfAbsent(text(k, "requestId"), x -> new ArrayList<>()).add(k);
            if (k.path("accepted").asBoolean()) {
                c.expect(k.path("cardChanges").asInt() == 1, "command " + text(k, "commandId") + " changed the card "
                        + k.path("cardChanges").asInt() + " times");
            }
            if ("REGISTER_JOB_SEEKER".equals(text(k, "command")) && k.path("accepted").asBoolean()) {
                c.expect(k.path("registrationsOfRequest").asInt() == 1, "request " + text(k, "requestId") + " holds "
                        + k.path("registrationsOfRequest").asInt() + " registrations");
            }
        }
        for (CaseWorker.Worked w : worked) {
            JsonNode kase = cases.get(w.requestId());
            List<String> calls = new ArrayList<>();
            if (kase != null) {
                kase.path("registryCalls").forEach(k -> calls.add(text(k, "command") + ":" + text(k, "state")));
            }
            List<JsonNode> commands = byRequest.getOrDefault(w.requestId(), List.of());
            long accepted = commands.stream().filter(k -> "REGISTER_JOB_SEEKER".equals(text(k, "command"))
                    && k.path("accepted").asBoolean()).count();
            c.expect(calls.equals(List.of("REGISTER_JOB_SEEKER:ACCEPTED")), "case " + w.requestId()
                    + " has registry calls " + calls);
            c.expect(accepted == 1, "request " + w.requestId() + ": the registry accepted " + accepted
                    + " REGISTER_JOB_SEEKER commands");
        }
        return c;
    }

    /** The officers took every registration case through to its signed result while the faults went on. */
    private Check casesWorked() {
        Check c = new Check("every registration case worked through to its signed result under faults");
        for (CaseWorker.Worked w : worked) {
            c.examined(1);
            c.expect(w.failure() == null, "case " + w.requestId() + " not worked through: " + w.failure());
        }
        return c;
    }

    private Check nothingPending() {
        Check c = new Check("no message unaccounted for: every outbox drained");
        l.counts().forEach((service, counts) -> {
            c.examined((int) counts.path("outboxPublished").asLong());
            c.expect(counts.path("outboxPending").asLong() == 0, service + " has " + counts.path("outboxPending")
                    .asLong() + " messages not yet published");
        });
        return c;
    }

    private Check noDeadLetters() {
        Check c = new Check("no message dead-lettered by the faults (each listed with its reason)");
        l.deadLetters().forEach((service, letters) -> {
            for (JsonNode d : letters) {
                c.examined(1);
                c.problem(service + " dead letter " + text(d, "id") + " on " + text(d, "topic") + ": "
                        + text(d, "reason") + " " + text(d, "detail"));
            }
        });
        return c;
    }

    // ------------------------------------------------------------------------------------------------ figures

    /** Requests refused by the gateway, by reason code. */
    Map<String, Integer> rejectionsByReason() {
        Map<String, Integer> by = new TreeMap<>();
        portal.values().stream().filter(Reconciliation::rejected).forEach(r -> by.merge(text(r, "reasonCode"), 1,
                Integer::sum));
        return by;
    }

    int cases() {
        return cases.size();
    }

    int portalRequests() {
        return portal.size();
    }

    int repeatsAnsweredByRegistry() {
        int n = 0;
        for (JsonNode k : l.registry()) {
            n += k.path("repeats").asInt();
        }
        return n;
    }

    // ------------------------------------------------------------------------------------------------ helpers

    static boolean rejected(JsonNode portalRequest) {
        return "REJECTED_BY_GATEWAY".equals(text(portalRequest, "technicalStatus"))
                && !text(portalRequest, "reasonCode").isEmpty();
    }

    private static Map<String, Integer> countBy(List<JsonNode> sent) {
        Map<String, Integer> by = new HashMap<>();
        sent.forEach(m -> by.merge(text(m, "requestId"), 1, Integer::sum));
        return by;
    }

    private static List<JsonNode> ofType(JsonNode sent, String type) {
        List<JsonNode> all = new ArrayList<>();
        sent.forEach(m -> {
            if (type.equals(text(m, "type"))) {
                all.add(m);
            }
        });
        return all;
    }

    private static String id(JsonNode n) {
        return text(n, "requestId");
    }

    static String text(JsonNode n, String field) {
        if (n == null) {
            return "";
        }
        JsonNode v = n.path(field);
        return v.isMissingNode() || v.isNull() ? "" : v.asText();
    }
}
