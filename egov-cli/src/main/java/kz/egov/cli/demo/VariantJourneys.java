package kz.egov.cli.demo;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import kz.egov.catalog.ServiceCatalog;
import kz.egov.catalog.model.Variant;
import kz.egov.contract.message.Channel;
import kz.egov.contract.message.PersonRecord;
import kz.egov.reference.Participants;
import kz.egov.reference.Population;

/**
 * Every full variant on every channel its text gives, end to end ([wave 2 · 8/16]): a citizen of the variant's region
 * applies by the channel (the portal; the State Corporation branch of the region; the provider's office, where the
 * clerk keys the request in), the gateway routes it, and in ИС МИО each step of the catalog's plan is taken by the
 * seeded officer of the step's role — registration, the head naming the executor, the step's АИС «Рынок труда»
 * commands (whose refusal becomes the motivated refusal the variant's text gives), signing with the EDS, issuing —
 * until the result is back at the origin (the personal cabinet, the branch's hand-over, the office). What the officers
 * do is read from the case's own plan, never written per variant here.
 */
public final class VariantJourneys {

    /** A variant × channel the catalog gives, with the service it belongs to and the region it serves. */
    public record Route(String variant, Channel channel, String serviceCode, String kato) {
        @Override
        public String toString() {
            return variant + " " + channel;
        }
    }

    /**
     * One journey's record: the officers' final case, what the origin shows, the signed result's document (JSON), and
     * the officers' actions in order with the role that took each.
     */
    public record Journey(Route route, String citizenIin, String requestId, String providerId, JsonNode caseView,
            JsonNode originView, JsonNode resultDocument, List<String> roleActions) {
    }

    /** The channels by which a citizen applies (VIA_OTHER_BODY: at the office of the body that takes it, V12). */
    private static final List<Channel> REACHED = List.of(Channel.PORTAL, Channel.STATE_CORPORATION,
            Channel.PROVIDER_OFFICE, Channel.VIA_OTHER_BODY);

    private final Journeys j;
    /** The result document the last walk signed, exactly as signed. */
    private byte[] signed;

    public VariantJourneys(Journeys journeys) {
        this.j = journeys;
    }

    /** Every complete variant on every channel its text gives that a citizen reaches, in the catalog's order. */
    public static List<Route> routes() {
        List<Route> routes = new ArrayList<>();
        for (Variant v : ServiceCatalog.loadDefault().variants()) {
            if (v.partial()) {
                continue;
            }
            for (Channel c : v.channels()) {
                if (REACHED.contains(c)) {
                    routes.add(new Route(v.code(), c, v.baseService(), v.region().katoPrefixes().get(0)));
                }
            }
        }
        return routes;
    }

    /** The routes of one variant (e.g. {@code V10}), or of all when {@code variant} is null. */
    public static List<Route> routes(String variant) {
        return routes().stream().filter(r -> variant == null || r.variant().equals(variant)).toList();
    }

    /** Runs one route with a new citizen of its region. */
    public Journey run(Route r) {
        j.chapter(r.variant() + " by " + r.channel() + ": «" + r.serviceCode() + "», KATO " + r.kato());
        return switch (r.channel()) {
            case PORTAL -> portal(r);
            case STATE_CORPORATION -> branch(r);
            case PROVIDER_OFFICE -> office(r);
            case VIA_OTHER_BODY -> viaOtherBody(r, j.freshPerson(Population.livingIn(r.kato()), 0));
        };
    }

    // ------------------------------------------------------------------------------------------------ channels

    private Journey portal(Route r) {
        Journeys.Citizen c = j.newCitizen(Population.livingIn(r.kato()), true);
        String id = j.submitOnPortal(c, r.serviceCode());
        JsonNode routed = j.awaitPortal(c, id, v -> !v.path("providerId").asText("").isEmpty(), "routed");
        String provider = routed.path("providerId").asText();
        j.say("The gateway routed it: variant " + routed.path("variantCode").asText() + ", provider " + provider);
        JsonNode kase = walk(provider, id);
        JsonNode cabinet = j.awaitPortal(c, id, v -> "ISSUED".equals(v.path("businessStatus").asText())
                && !v.path("resultDocumentId").asText("").isEmpty(), "the result in the personal cabinet");
        JsonNode result = c.portal.get("/api/requests/" + id + "/result").expect(200).body();
        JsonNode doc = document(result.path("document").asText());
        j.say("Personal cabinet: «" + cabinet.path("statusText").asText() + "», " + doc.path("kind").asText()
                + " signed by " + doc.path("signedByRole").asText());
        return journey(r, c.person.iin(), id, provider, kase, cabinet, doc);
    }

    private Journey branch(Route r) {
        String branchId = "con-" + r.kato().substring(0, 2);
        Journeys.Operator op = j.operator(branchId);
        PersonRecord citizen = j.freshPerson(Population.livingIn(r.kato()), 0);
        JsonNode draft = op.api.multipart("/api/packages", j.packageParts(citizen, r.serviceCode(),
                j.items(op, r.serviceCode(), false))).expect(201).body();
        String packageId = draft.path("packageId").asText();
        JsonNode receipt = op.api.post("/api/packages/" + packageId + "/submit", Map.of("signature",
                op.key.sign(Base64.getDecoder().decode(draft.path("document").asText())))).expect(201).body();
        String id = receipt.path("requestId").asText();
        j.say("Operator " + op.login + " at " + branchId + " accepts " + Journeys.name(citizen) + "'s package (receipt "
                + receipt.path("number").asText() + ", due " + receipt.path("dueAt").asText() + ") and sends it");
        String provider = j.awaitBranch(op, id, v -> !v.path("providerId").asText("").isEmpty(), "routed")
                .path("providerId").asText();
        j.say("The gateway routed it to " + provider);
        walk(provider, id);
        JsonNode ready = j.awaitBranch(op, id, v -> v.path("readyForHandOver").asBoolean(), "the result at the branch");
        j.say("At " + branchId + ": " + ready.path("businessStatus").asText() + ", result " + ready.path("resultKind")
                .asText() + " — the operator checks the identity document and hands it over");
        op.api.post("/api/requests/" + id + "/hand-over", Map.of("presentedIin", citizen.iin(), "method",
                "IN_PERSON")).expect(200, 201);
        JsonNode kase = j.await("the hand-over reported to ИС МИО", () -> {
            JsonNode v = read(provider, id);
            return "ISSUED".equals(v.at("/summary/status").asText()) ? Optional.of(v) : Optional.empty();
        });
        JsonNode view = op.api.get("/api/requests/" + id).expect(200).body();
        JsonNode doc = document(op.api.get("/api/requests/" + id + "/result").expect(200).body()
                .path("document").asText());
        return journey(r, citizen.iin(), id, provider, kase, view, doc);
    }

    private Journey office(Route r) {
        return office(r, j.freshPerson(Population.livingIn(r.kato()), 0));
    }

    /**
     * One citizen at the offices of a region, one route after the other, so that each finds in АИС «Рынок труда» what
     * the earlier left (Mangystau: V03 registers the job seeker, V02 registers the unemployed by the decision — its rule
     * wants the job seeker first —, V01 refers to a measure).
     */
    public List<Journey> atTheOffices(String kato, String... variants) {
        PersonRecord citizen = j.freshPerson(Population.livingIn(kato), 0);
        List<Journey> done = new ArrayList<>();
        for (String code : variants) {
            Route r = routes(code).stream().filter(x -> x.channel() == Channel.PROVIDER_OFFICE).findFirst()
                    .or(() -> routes(code).stream().filter(x -> x.channel() == Channel.VIA_OTHER_BODY).findFirst())
                    .orElseThrow(() -> new DemoException(code + " has no office channel"));
            j.chapter(code + " at the office, the same citizen: «" + r.serviceCode() + "»");
            done.add(r.channel() == Channel.VIA_OTHER_BODY ? viaOtherBody(r, citizen) : office(r, citizen));
        }
        return done;
    }

    private Journey office(Route r, PersonRecord citizen) {
        String provider = officeOf(r, citizen);
        Journeys.Officer clerk = j.officer(provider, "REGISTRAR");
        String id = keyIn(clerk, r, citizen);
        j.say("Office clerk " + clerk.name + " of " + provider + " keys in " + Journeys.name(citizen)
                + "'s request and signs it with the clerk's own EDS; it goes through the gateway");
        JsonNode kase = walk(provider, id);
        j.say("At " + provider + "'s office: " + kase.at("/summary/status").asText());
        return journey(r, citizen.iin(), id, provider, kase, kase, parse(signed));
    }

    /**
     * V12: the employment centre's specialist takes the application for the akimat (steps 1–3) and sends it, signed
     * with their EDS; the akimat's officers take their steps (4–5); the signed decision comes back to the centre, its
     * origin, which issues it to the applicant and reports the hand-over (steps 6–7), closing the akimat's case.
     */
    private Journey viaOtherBody(Route r, PersonRecord citizen) {
        Variant v = ServiceCatalog.loadDefault().variant(r.variant());
        String bodyType = v.organisations().stream().filter(o -> "FRONT_OFFICE".equals(o.part())).findFirst()
                .orElseThrow(() -> new DemoException(r + ": the catalog names no front office")).type().name();
        String office = served(bodyType, citizen);
        String provider = served(v.providerType().name(), citizen);
        Journeys.Officer clerk = j.officer(office, "SPECIALIST");
        String id = keyIn(clerk, r, citizen);
        j.say(clerk.name + " of " + office + " takes " + Journeys.name(citizen) + "'s application for " + provider
                + " and sends it signed with the EDS");
        walk(provider, id);
        JsonNode ready = j.await("the result back at " + office, () -> {
            JsonNode w = j.api(clerk).get("/api/walk-in/" + id).expect(200).body();
            return w.path("resultReady").asBoolean() ? Optional.of(w) : Optional.empty();
        });
        JsonNode doc = document(j.api(clerk).get("/api/walk-in/" + id + "/result").expect(200).body()
                .path("document").asText());
        j.say("At " + office + ": " + ready.path("businessStatus").asText() + ", " + doc.path("kind").asText()
                + " — the specialist issues it to the applicant");
        JsonNode handed = j.api(clerk).post("/api/walk-in/" + id + "/hand-over", Map.of("comment",
                "выдано заявителю")).expect(200).body();
        JsonNode kase = j.await("the hand-over reported to " + provider, () -> {
            JsonNode c = read(provider, id);
            return "ISSUED".equals(c.at("/summary/status").asText()) ? Optional.of(c) : Optional.empty();
        });
        return journey(r, citizen.iin(), id, provider, kase, handed, doc);
    }

    /** The office keys the request in for the citizen and signs it with the officer's EDS; the request's id. */
    private String keyIn(Journeys.Officer clerk, Route r, PersonRecord citizen) {
        ObjectNode applicant = Api.JSON.createObjectNode().put("iin", citizen.iin()).put("surname", citizen.surname())
                .put("givenName", citizen.givenName());
        if (citizen.patronymic() != null) {
            applicant.put("patronymic", citizen.patronymic());
        }
        JsonNode prepared = j.api(clerk).post("/api/walk-in", Map.of("serviceCode", r.serviceCode(), "applicant",
                applicant, "form", j.form(r.serviceCode(), citizen), "language", "ru")).expect(200, 201).body();
        String id = prepared.path("requestId").asText();
        j.api(clerk).post("/api/walk-in/" + id + "/submit", Map.of("signature",
                clerk.key.sign(Base64.getDecoder().decode(prepared.path("document").asText())))).expect(202);
        return id;
    }

    /** The office the citizen's district is served by, for the variant's kind of provider (the routing table). */
    private static String officeOf(Route r, PersonRecord citizen) {
        return served(ServiceCatalog.loadDefault().variant(r.variant()).providerType().name(), citizen);
    }

    private static String served(String providerType, PersonRecord citizen) {
        return Participants.routing().stream()
                .filter(x -> x.providerType().equals(providerType) && citizen.addressKato().startsWith(x.katoPrefix()))
                .max(Comparator.comparingInt(x -> x.katoPrefix().length())).map(Participants.Route::participant)
                .orElseThrow(() -> new DemoException("no " + providerType + " serves KATO " + citizen.addressKato()));
    }

    // ------------------------------------------------------------------------------------------------ ИС МИО

    /**
     * Takes the case along its plan, each step by the officer of its role, until it is closed or waits for its origin
     * to issue the result (the State Corporation's branch). What to do at a step follows from the plan the case shows:
     * the head names the executor before an executor's step; a step's registry commands run first (PREPARE_RESULT);
     * the signing step prepares the result (unless a refusal is drafted) and signs it; a step after it issues.
     */
    private JsonNode walk(String provider, String id) {
        JsonNode v = j.await("the case " + id + " at " + provider, () -> {
            Api.Answer a = j.api(j.officer(provider, "REGISTRAR")).get("/api/cases/" + id);
            return a.status() == 200 ? Optional.of(a.body()) : Optional.empty();
        });
        j.say("ИС МИО " + provider + ": variant " + v.at("/summary/variantCode").asText() + ", channel "
                + v.at("/summary/channel").asText() + ", incoming number " + v.at("/summary/incomingNumber").asText());
        for (int guard = 0; guard < 30; guard++) {
            v = read(provider, id);
            if (!v.path("finishedAt").isNull() && !v.path("finishedAt").isMissingNode()) {
                return v;
            }
            if (v.at("/summary/awaitingRegistry").asBoolean()) {
                v = j.await("АИС «Рынок труда»'s answer for " + id, () -> {
                    JsonNode c = read(provider, id);
                    return c.at("/summary/awaitingRegistry").asBoolean() ? Optional.empty() : Optional.of(c);
                });
                JsonNode call = Journeys.last(v.path("registry"));
                j.detail("АИС «Рынок труда» answered " + call.path("command").asText() + " " + call.path("state")
                        .asText() + (call.path("reasonCode").asText("").isEmpty() ? "" : " " + call.path("reasonCode")
                        .asText()) + "; draft " + v.at("/draft/kind").asText());
                continue;
            }
            JsonNode steps = v.path("steps");
            int current = index(steps, v.at("/summary/stepNumber").asInt(-1));
            if (current < 0) {
                return v;
            }
            int signing = signing(steps);
            JsonNode step = steps.get(current);
            String role = step.path("role").asText();
            Journeys.Officer o = j.officer(provider, role);
            String who = role.toLowerCase() + " " + o.name + " (step " + step.path("number").asText() + ")";
            boolean drafted = !v.path("draft").isNull() && !v.path("draft").isMissingNode()
                    && !v.at("/draft/kind").asText("").isEmpty();
            boolean refused = "REFUSAL".equals(v.at("/draft/kind").asText());
            if (current > signing) {
                j.act(o, id, Map.of("action", "COMPLETE_STEP", "comment", "выдано"), who + " issues the result");
            } else if (current == signing && (!drafted || pending(v, step) && !refused)) {
                j.act(o, id, prepare(v, step), who + " prepares the result" + commands(step));
            } else if (current == signing) {
                signed = j.api(o).bytes("/api/cases/" + id + "/result-document");
                j.sign(o, id);
            } else if ("HEAD".equals(role) && v.path("assignedExecutor").isNull() && "EXECUTOR".equals(
                    steps.get(next(steps, current)).path("role").asText())) {
                Journeys.Officer executor = j.officer(provider, "EXECUTOR");
                j.act(o, id, Map.of("action", "ASSIGN_EXECUTOR", "executorIin", executor.iin),
                        who + " names the executor " + executor.name);
            } else if (pending(v, step) && !refused) {
                j.act(o, id, prepare(v, step), who + " decides" + commands(step));
            } else if (next(steps, current) == signing && !drafted && !preparer(steps.get(signing))) {
                j.act(o, id, prepare(v, step), who + " prepares the result for signing");
            } else {
                j.act(o, id, Map.of("action", "COMPLETE_STEP", "comment", step.path("action").asText()),
                        who + ": " + step.path("action").asText());
            }
        }
        throw new DemoException("the case " + id + " did not close in 30 actions");
    }

    private JsonNode read(String provider, String id) {
        return j.api(j.officer(provider, "REGISTRAR")).get("/api/cases/" + id).expect(200).body();
    }

    /** PREPARE_RESULT with what the step's registry commands need entered (a referral's employer, a decision). */
    private Map<String, Object> prepare(JsonNode v, JsonNode step) {
        Map<String, Object> details = new LinkedHashMap<>();
        for (JsonNode c : step.path("registryCommands")) {
            if ("REFER_TO_MEASURE".equals(c.asText())) {
                details.put("employer", "ТОО «Жұмыс Орталығы»");
                details.put("employerBin", "990140000006");
                details.put("vacancy", "оператор");
                details.put("validUntil", j.today().plusDays(10).toString());
            }
            if ("REGISTER_UNEMPLOYED".equals(c.asText())) {
                details.put("decisionNumber", "Ш-" + v.at("/summary/incomingNumber").asText());
                details.put("decisionDate", j.today().toString());
            }
        }
        Map<String, Object> action = new LinkedHashMap<>();
        action.put("action", "PREPARE_RESULT");
        if (!details.isEmpty()) {
            action.put("details", details);
        }
        return action;
    }

    private static String commands(JsonNode step) {
        List<String> names = new ArrayList<>();
        step.path("registryCommands").forEach(c -> names.add(c.asText()));
        return names.isEmpty() ? "" : ": АИС «Рынок труда» " + String.join(", ", names);
    }

    /** A step's registry commands not yet accepted for the case. */
    private static boolean pending(JsonNode v, JsonNode step) {
        for (JsonNode c : step.path("registryCommands")) {
            boolean accepted = false;
            for (JsonNode call : v.path("registry")) {
                accepted |= call.path("command").asText().equals(c.asText())
                        && "ACCEPTED".equals(call.path("state").asText());
            }
            if (!accepted) {
                return true;
            }
        }
        return false;
    }

    private static boolean preparer(JsonNode step) {
        String role = step.path("role").asText();
        return role.equals("EXECUTOR") || role.equals("SPECIALIST") || role.equals("AUTHORISED_PERSON");
    }

    /** The index of the step an officer of this provider performs with that number; -1 when none (past the end). */
    private static int index(JsonNode steps, int number) {
        for (JsonNode s : steps) {
            if (s.path("number").asInt() == number && s.path("performedHere").asBoolean()) {
                return s.path("index").asInt();
            }
        }
        return -1;
    }

    /** The signing step: the catalog's, else the last step an officer performs here (as ИС МИО's plan has it). */
    private static int signing(JsonNode steps) {
        int last = -1;
        for (JsonNode s : steps) {
            if (s.path("performedHere").asBoolean()) {
                if (s.path("signsResult").asBoolean()) {
                    return s.path("index").asInt();
                }
                last = s.path("index").asInt();
            }
        }
        return last;
    }

    private static int next(JsonNode steps, int index) {
        for (int i = index + 1; i < steps.size(); i++) {
            if (steps.get(i).path("performedHere").asBoolean()) {
                return i;
            }
        }
        return steps.size() - 1;
    }

    // ------------------------------------------------------------------------------------------------ records

    private Journey journey(Route r, String iin, String id, String provider, JsonNode kase, JsonNode origin,
            JsonNode doc) {
        List<String> roleActions = new ArrayList<>();
        kase.path("actions").forEach(a -> roleActions.add(a.path("stepRole").asText() + ":" + a.path("action").asText()));
        j.say(r + " done: outcome " + kase.path("outcome").asText() + ", " + doc.path("kind").asText() + " signed by "
                + doc.path("signedByRole").asText() + "; actions " + roleActions);
        return new Journey(r, iin, id, provider, kase, origin, doc, roleActions);
    }

    private static JsonNode document(String base64) {
        return parse(Base64.getDecoder().decode(base64));
    }

    private static JsonNode parse(byte[] json) {
        try {
            return Api.JSON.readTree(new String(json, StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new DemoException("the result document is not JSON: " + e);
        }
    }
}
