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
        return List.of(submitted(), settled(), exactlyOneProvider(), statusesReachedOrigin(), registryOnce(),
                nothingPending(), noDeadLetters());
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
        Map<String, Integer> forwards = countBy(l.gatewayForwards());
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
                c.expect(kase == null, "request " + id + " refused at the portal yet a case at " + text(kase, "providerId"));
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

    /** The statuses МИО sent for each request = the statuses the gateway forwarded = the statuses in the cabinet. */
    private Check statusesReachedOrigin() {
        Check c = new Check("every status reached its origin (МИО sent = gateway forwarded = cabinet)");
        Map<String, List<String>> sent = statusesBy(l.mioStatuses(), null);
        Map<String, List<String>> forwarded = statusesBy(l.gatewayStatuses(), "portal");
        Set<String> ids = new HashSet<>(sent.keySet());
        ids.addAll(forwarded.keySet());
        for (JsonNode r : portal.values()) {
            if (!r.path("businessStatuses").isEmpty()) {
                ids.add(id(r));
            }
        }
        for (String id : ids) {
            JsonNode r = portal.get(id);
            if (r == null) {
                continue;
            }
            List<String> fromMio = sorted(sent.get(id));
            List<String> viaGateway = sorted(forwarded.get(id));
            List<String> inCabinet = new ArrayList<>();
            r.path("businessStatuses").forEach(s -> inCabinet.add(s.asText()));
            c.examined(fromMio.size());
            c.expect(fromMio.equals(viaGateway), "request " + id + ": МИО sent " + fromMio + ", the gateway forwarded "
                    + viaGateway);
            c.expect(fromMio.equals(sorted(inCabinet)), "request " + id + ": МИО sent " + fromMio + ", the cabinet has "
                    + inCabinet);
        }
        for (CaseWorker.Worked w : worked) {
            JsonNode r = portal.get(w.requestId());
            if (w.outcome() != null && r != null) {
                c.examined(1);
                c.expect(r.path("results").asInt() == 1, "request " + w.requestId() + " signed at МИО, the cabinet "
                        + "holds " + r.path("results").asInt() + " result(s)");
            }
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
            c.expect(w.failure() == null, "case " + w.requestId() + " not worked through: " + w.failure());
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

    private static Map<String, Integer> countBy(JsonNode sent) {
        Map<String, Integer> by = new HashMap<>();
        sent.forEach(m -> by.merge(text(m, "requestId"), 1, Integer::sum));
        return by;
    }

    private static Map<String, List<String>> statusesBy(JsonNode sent, String recipient) {
        Map<String, List<String>> by = new HashMap<>();
        for (JsonNode m : sent) {
            if (recipient == null || recipient.equals(text(m, "recipient"))) {
                by.computeIfAbsent(text(m, "requestId"), x -> new ArrayList<>()).add(text(m, "status"));
            }
        }
        return by;
    }

    private static List<String> sorted(List<String> l) {
        return l == null ? List.of() : l.stream().sorted().toList();
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
