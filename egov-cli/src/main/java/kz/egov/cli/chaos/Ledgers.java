package kz.egov.cli.chaos;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import kz.egov.cli.demo.Api;
import kz.egov.cli.demo.Target;

/**
 * What each service itself says happened since the run started, read through its admin API (platform operator):
 * the portal's requests and statuses, the gateway's routed requests and its outbox, МИО's cases and its outbox, the
 * registry's commands, and every service's outbox counts and dead letters.
 */
record Ledgers(JsonNode portal, JsonNode gateway, JsonNode gatewaySent, JsonNode cases, JsonNode mioSent,
        JsonNode registry, Map<String, JsonNode> counts,
        Map<String, List<JsonNode>> deadLetters) {

    static final List<String> SERVICES = List.of("portal-adapter", "gateway-router", "mio-workstation",
            "labour-market-registry", "citizens-corp-adapter");

    static Ledgers read(Target target, Politely politely, Instant since) {
        String s = "?since=" + since;
        Map<String, JsonNode> counts = new LinkedHashMap<>();
        Map<String, List<JsonNode>> dead = new LinkedHashMap<>();
        for (String service : SERVICES) {
            Api admin = admin(target, service);
            counts.put(service, get(politely, admin, "/admin/messaging/counts"));
            List<JsonNode> ofRun = new ArrayList<>();
            for (JsonNode d : get(politely, admin, "/admin/messaging/dead-letters?limit=1000")) {
                if (!instant(d.path("receivedAt")).isBefore(since)) {
                    ofRun.add(d);
                }
            }
            dead.put(service, ofRun);
        }
        Api gateway = admin(target, "gateway-router");
        Api mio = admin(target, "mio-workstation");
        return new Ledgers(
                get(politely, admin(target, "portal-adapter"), "/admin/reconciliation/requests" + s),
                get(politely, gateway, "/admin/reconciliation/requests" + s),
                get(politely, gateway, "/admin/reconciliation/sent" + s),
                get(politely, mio, "/admin/reconciliation/cases" + s),
                get(politely, mio, "/admin/reconciliation/sent" + s),
                get(politely, admin(target, "labour-market-registry"), "/admin/reconciliation/commands" + s),
                counts, dead);
    }

    private static Instant instant(JsonNode n) {
        return n.isNumber() ? Instant.ofEpochMilli((long) (n.asDouble() * 1000)) : Instant.parse(n.asText());
    }

    /** Outbox rows not yet acknowledged by the broker, all services together. */
    long outboxPending() {
        return counts.values().stream().mapToLong(c -> c.path("outboxPending").asLong()).sum();
    }

    static Api admin(Target target, String service) {
        String base = switch (service) {
            case "portal-adapter" -> target.portal();
            case "gateway-router" -> target.gateway();
            case "mio-workstation" -> target.mio();
            case "labour-market-registry" -> target.registry();
            case "citizens-corp-adapter" -> target.corp();
            default -> throw new IllegalArgumentException(service);
        };
        return Api.anonymous(base).basic("admin", target.adminPassword(base));
    }

    private static JsonNode get(Politely politely, Api api, String path) {
        return politely.call("GET " + api.base() + path, () -> api.get(path)).expect(200).body();
    }
}
