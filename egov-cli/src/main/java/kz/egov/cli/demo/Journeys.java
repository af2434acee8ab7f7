package kz.egov.cli.demo;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import kz.egov.contract.message.PersonRecord;
import kz.egov.reference.Population;

/**
 * The regulations' channels as their users meet them, written once: {@code ./egov demo} narrates them, the
 * end-to-end suite asserts on what they return. Each journey goes only through the services' public and admin APIs;
 * people sign on the client side with keys from the stack's development CA.
 */
public final class Journeys {

    public static final String JOB_SEEKER = "JOB_SEEKER_REGISTRATION";
    public static final String ORALMAN = "ORALMAN_STATUS";
    /** Kyzylorda city: V06, an employment centre with registrar, head and executor. */
    public static final String KYZYLORDA = "43101";
    /** East Kazakhstan: V11 (job seekers) and V09 (oralman status) at the State Corporation branch con-63. */
    public static final String EAST_KAZAKHSTAN = "63";
    public static final String EAST_KAZAKHSTAN_BRANCH = "con-63";
    /** Pavlodar: no provider in the routing table. */
    public static final String NO_ROUTE = "55";

    private static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");

    /** What the portal journey leaves: the cabinet's view, the officers' case, the card, the public verification. */
    public record PortalJourney(String citizenIin, String requestId, String providerId, JsonNode cabinet,
            JsonNode caseView, JsonNode card, JsonNode verification, JsonNode evidence) {
    }

    /** What the State Corporation journey leaves: both receipts, the branch's view of the request, the hand-over. */
    public record CorpJourney(String citizenIin, JsonNode refusal, JsonNode receipt, String requestId,
            String providerId, JsonNode branchView, JsonNode handOver, JsonNode caseView) {
    }

    /** The provider office's walk-in: the request entered and signed by the officer, and the case it became. */
    public record WalkInJourney(String citizenIin, String requestId, String providerId, JsonNode caseView) {
    }

    /** A refusal as its origin sees it: where it was refused, its reason code, the origin's view. */
    public record Rejection(String name, String citizenIin, String requestId, String refusedBy, String reasonCode,
            JsonNode view) {
    }

    final Target target;
    private final Consumer<String> out;
    final People people;
    private final Population population = Population.standard();
    private final Duration timeout;
    private final java.time.Clock clock;
    private int step;

    public Journeys(Target target, Consumer<String> narrator, Duration timeout) {
        this(target, narrator, timeout, java.time.Clock.system(ALMATY));
    }

    public Journeys(Target target, Consumer<String> narrator, Duration timeout, java.time.Clock clock) {
        this.target = target;
        this.out = narrator;
        this.people = target.people();
        this.timeout = timeout;
        this.clock = clock;
    }

    /** Today in Asia/Almaty, by the journeys' clock (the dates an officer enters: a decision, a referral's validity). */
    LocalDate today() {
        return LocalDate.now(clock.withZone(ALMATY));
    }

    // ------------------------------------------------------------------------------------------------ narration

    void say(String text) {
        out.accept(String.format("%3d. %s", ++step, text));
    }

    void detail(String text) {
        out.accept("       " + text);
    }

    public void chapter(String title) {
        out.accept("");
        out.accept("== " + title + " ==");
    }

    // ------------------------------------------------------------------------------------------------ 1. portal

    public PortalJourney portal() {
        chapter("1. Portal (ПЭП): a citizen of Kyzylorda registers as a job seeker (V06)");
        Citizen c = newCitizen(Population.livingIn(KYZYLORDA), true);
        String requestId = submitOnPortal(c, JOB_SEEKER);
        JsonNode routed = awaitPortal(c, requestId, v -> !v.path("providerId").isNull()
                && !v.path("providerId").asText().isEmpty(), "routed to a provider");
        String providerId = routed.path("providerId").asText();
        say("The gateway verified the seal, the EDS, ГБД ФЛ and routed it: variant " + routed.path("variantCode").asText()
                + ", provider " + providerId + " (status «" + routed.path("statusText").asText() + "»)");

        Officer registrar = officer(providerId, "REGISTRAR");
        Officer head = officer(providerId, "HEAD");
        Officer executor = officer(providerId, "EXECUTOR");
        JsonNode kase = awaitCase(registrar, requestId);
        say("ИС МИО: the case is in " + providerId + "'s queue, incoming number "
                + kase.at("/summary/incomingNumber").asText() + ", step " + kase.at("/summary/stepNumber").asText()
                + " (" + kase.at("/summary/stepRole").asText() + ")");
        act(registrar, requestId, Map.of("action", "COMPLETE_STEP", "comment", "зарегистрировано"),
                "registrar " + registrar.name + " registers the request");
        act(head, requestId, Map.of("action", "ASSIGN_EXECUTOR", "executorIin", executor.iin),
                "head " + head.name + " names the executor " + executor.name);
        act(executor, requestId, Map.of("action", "PREPARE_RESULT"),
                "executor " + executor.name + " enters the citizen into АИС «Рынок труда» (REGISTER_JOB_SEEKER)");
        JsonNode decided = awaitRegistry(executor, requestId);
        JsonNode call = last(decided.path("registry"));
        detail("АИС «Рынок труда» answered " + call.path("command").asText() + " " + call.path("state").asText()
                + (call.path("card").isMissingNode() || call.path("card").isNull() ? ""
                        : ", card status " + call.at("/card/status").asText()));
        act(executor, requestId, Map.of("action", "COMPLETE_STEP"), "executor passes the notification to the head");
        sign(head, requestId);
        JsonNode cabinet = awaitPortal(c, requestId, v -> !v.path("resultDocumentId").isNull()
                && "ISSUED".equals(v.path("status").asText()), "the result in the personal cabinet");
        say("Personal cabinet: «" + cabinet.path("statusText").asText() + "», result " + cabinet.path("resultDocumentId")
                .asText() + "; history:");
        cabinet.path("timeline").forEach(t -> detail(t.path("at").asText() + "  " + t.path("stream").asText() + "  "
                + t.path("status").asText() + "  «" + t.path("text").asText() + "»"));
        JsonNode result = c.portal.get("/api/requests/" + requestId + "/result").expect(200).body();
        JsonNode verification = Api.anonymous(target.portal()).post("/api/verify", Map.of("document",
                result.path("document").asText(), "signature", result.path("signature").asText())).expect(200).body();
        say("Public verify endpoint (no sign-in): authentic=" + verification.path("authentic").asBoolean() + ", signed by "
                + verification.at("/signer/name").asText() + " (" + verification.at("/signer/organisation").asText()
                + "), gateway evidence recorded=" + verification.at("/gatewayEvidence/recorded").asText()
                + ", certificate now " + verification.path("certificateStateNow").asText());
        JsonNode card = target.admin(target.registry()).get("/admin/cards/" + c.person.iin()).expect(200).body();
        say("АИС «Рынок труда» card of " + mask(c.person.iin()) + ": " + card.path("status").asText() + ", registered by "
                + card.at("/registrations/0/providerId").asText() + " via " + card.at("/registrations/0/channel").asText());
        JsonNode evidence = evidence(requestId);
        JsonNode finalCase = api(head).get("/api/cases/" + requestId).expect(200).body();
        return new PortalJourney(c.person.iin(), requestId, providerId, cabinet, finalCase, card, verification, evidence);
    }

    /** A citizen's portal request, submitted and routed by the gateway, left for the officers (e.g. on their page). */
    public record PortalSubmission(String citizenIin, String requestId, String providerId, Api cabinet) {
    }

    /**
     * A citizen of {@code kato} (a KATO prefix) with no portal account and no registry card registers on the portal,
     * submits {@code serviceCode} signed with the EDS, and the gateway routes it; the officers' part is the caller's.
     */
    public PortalSubmission portalRequest(String kato, String serviceCode) {
        Citizen c = newCitizen(Population.livingIn(kato), true);
        String requestId = submitOnPortal(c, serviceCode);
        JsonNode routed = awaitPortal(c, requestId, v -> !v.path("providerId").isNull()
                && !v.path("providerId").asText().isEmpty(), "routed to a provider");
        say("The gateway routed it: variant " + routed.path("variantCode").asText() + ", provider "
                + routed.path("providerId").asText());
        return new PortalSubmission(c.person.iin(), requestId, routed.path("providerId").asText(), c.portal);
    }

    /** An adult of {@code kato} (a KATO prefix) with no registry card, the {@code skip}-th such person. */
    public PersonRecord personWithoutCard(String kato, int skip) {
        return freshPerson(Population.livingIn(kato), skip);
    }

    // ------------------------------------------------------------------------------------------------ 2. ЦОН

    public CorpJourney stateCorporation() {
        chapter("2. State Corporation (ЦОН " + EAST_KAZAKHSTAN_BRANCH + "): an operator at the desk");
        Operator op = operator(EAST_KAZAKHSTAN_BRANCH);
        PersonRecord citizen = freshPerson(Population.livingIn(EAST_KAZAKHSTAN), 0);
        say("Operator " + op.login + " signs in at " + EAST_KAZAKHSTAN_BRANCH + "; citizen " + name(citizen) + " ("
                + mask(citizen.iin()) + ") at the desk");

        // V09: an incomplete package is refused to accept, with a receipt
        List<Map<String, Object>> oralman = items(op, ORALMAN, true);
        Api.Answer refused = op.api.multipart("/api/packages", packageParts(citizen, ORALMAN, oralman)).expect(422);
        JsonNode refusal = refused.body();
        say("Oralman status (V09), one required document missing → refused to accept: " + refused.code()
                + ", receipt " + refusal.at("/refusalReceipt/number").asText());

        // V11: complete, signed by the operator, accepted with a receipt
        List<Map<String, Object>> jobSeeker = items(op, JOB_SEEKER, false);
        JsonNode draft = op.api.multipart("/api/packages", packageParts(citizen, JOB_SEEKER, jobSeeker)).expect(201)
                .body();
        byte[] document = Base64.getDecoder().decode(draft.path("document").asText());
        JsonNode receipt = op.api.post("/api/packages/" + draft.path("packageId").asText() + "/submit",
                Map.of("signature", op.key.sign(document))).expect(201).body();
        String requestId = receipt.path("requestId").asText();
        say("Job-seeker registration (V11), complete package signed with the operator's EDS → receipt "
                + receipt.path("number").asText() + ", due " + receipt.path("dueAt").asText());
        JsonNode routed = awaitBranch(op, requestId, v -> !v.path("providerId").isNull()
                && !v.path("providerId").asText().isEmpty(), "routed to a provider");
        String providerId = routed.path("providerId").asText();
        say("The gateway routed it to " + providerId + " (" + routed.path("variantCode").asText() + ")");

        Officer specialist = officer(providerId, "SPECIALIST");
        JsonNode kase = awaitCase(specialist, requestId);
        say("ИС МИО: specialist " + specialist.name + " has it at step " + kase.at("/summary/stepNumber").asText()
                + " (" + kase.at("/summary/stepAction").asText() + ")");
        workToSigning(specialist, requestId, Map.of("action", "PREPARE_REFUSAL", "ground",
                "заявитель не относится к лицам, ищущим работу (п. 10 стандарта)"), "a motivated refusal");
        sign(specialist, requestId);
        JsonNode ready = awaitBranch(op, requestId, v -> v.path("readyForHandOver").asBoolean(),
                "the result at the branch");
        say("At the branch: business status " + ready.path("businessStatus").asText() + ", result "
                + ready.path("resultKind").asText() + " ready for hand-over");
        JsonNode handOver = op.api.post("/api/requests/" + requestId + "/hand-over", Map.of("presentedIin",
                citizen.iin(), "method", "IN_PERSON")).expect(200, 201).body();
        say("The operator checks the citizen's identity document and hands it over → "
                + handOver.path("businessStatus").asText());
        JsonNode view = op.api.get("/api/requests/" + requestId).expect(200).body();
        view.path("timeline").forEach(t -> detail(t.path("at").asText() + "  " + t.path("kind").asText() + "  "
                + t.path("detail").asText()));
        JsonNode finalCase = api(specialist).get("/api/cases/" + requestId).expect(200).body();
        return new CorpJourney(citizen.iin(), refusal, receipt, requestId, providerId, view, handOver, finalCase);
    }

    // ------------------------------------------------------------------------------------------------ 3. office

    public WalkInJourney walkIn() {
        chapter("3. Provider office: a walk-in request entered by the office");
        String providerId = "ec-4310";
        Officer registrar = officer(providerId, "REGISTRAR");
        PersonRecord citizen = freshPerson(Population.livingIn(KYZYLORDA), 5);
        ObjectNode applicant = Api.JSON.createObjectNode().put("iin", citizen.iin()).put("surname", citizen.surname())
                .put("givenName", citizen.givenName());
        if (citizen.patronymic() != null) {
            applicant.put("patronymic", citizen.patronymic());
        }
        JsonNode form = form(JOB_SEEKER, citizen);
        JsonNode prepared = api(registrar).post("/api/walk-in", Map.of("serviceCode", JOB_SEEKER, "applicant", applicant,
                "form", form, "language", "ru")).expect(200, 201).body();
        String requestId = prepared.path("requestId").asText();
        say("Office clerk " + registrar.name + " of " + providerId + " keys in " + name(citizen) + "'s job-seeker request");
        api(registrar).post("/api/walk-in/" + requestId + "/submit", Map.of("signature",
                registrar.key.sign(Base64.getDecoder().decode(prepared.path("document").asText())))).expect(202);
        say("…signs it with the clerk's own EDS; it goes through the gateway (condition 2 for officers, ГБД ФЛ)");
        JsonNode kase = awaitCase(registrar, requestId);
        say("Back in " + providerId + "'s queue as " + kase.at("/summary/channel").asText() + ", incoming number "
                + kase.at("/summary/incomingNumber").asText() + ", status " + kase.at("/summary/status").asText());
        return new WalkInJourney(citizen.iin(), requestId, providerId, kase);
    }

    // ------------------------------------------------------------------------------------------------ 4. refusals

    public List<Rejection> rejections() {
        chapter("4. Refusals, each reaching its origin with its reason");
        List<Rejection> all = new ArrayList<>();

        Citizen revoked = newCitizen(Population.livingIn(KYZYLORDA), false);
        People.Key stolen = people.citizen(revoked.person);
        people.revoke(stolen);
        say("A certificate of " + mask(revoked.person.iin()) + " is revoked at the НУЦ (serial "
                + stolen.serial().toString(16) + "); the request is signed with it");
        all.add(refusedAtPortal("revoked certificate", revoked, stolen));

        Citizen mismatch = newCitizen(Population.livingIn(KYZYLORDA), false);
        PersonRecord other = freshPerson(Population.livingIn(KYZYLORDA), 7);
        say("Citizen " + mask(mismatch.person.iin()) + " signs the request with " + mask(other.iin())
                + "'s certificate");
        all.add(refusedAtPortal("IIN mismatch", mismatch, people.citizen(other)));

        Citizen unrouted = newCitizen(Population.livingIn(NO_ROUTE), false);
        all.add(refusedAtGateway("no route for the district", unrouted));

        Citizen deceased = newCitizen(p -> p.deceased(), false);
        all.add(refusedAtGateway("deceased citizen", deceased));
        return all;
    }

    private Rejection refusedAtPortal(String name, Citizen c, People.Key key) {
        JsonNode draft = draft(c, JOB_SEEKER);
        Api.Answer refused = c.portal.post("/api/requests", Map.of("draftId", draft.path("draftId").asText(),
                "signature", key.sign(Base64.getDecoder().decode(draft.path("document").asText()))));
        if (refused.status() < 400) {
            throw new DemoException(name + ": the portal accepted the request (HTTP " + refused.status() + ")");
        }
        JsonNode notices = c.portal.get("/api/notifications").expect(200).body();
        say("  → " + name + ": the portal refuses before anything leaves: HTTP " + refused.status() + " "
                + refused.code() + " «" + refused.body().path("title").asText() + "»");
        return new Rejection(name, c.person.iin(), null, "portal-adapter", refused.code(), notices);
    }

    private Rejection refusedAtGateway(String name, Citizen c) {
        String requestId = submitOnPortal(c, JOB_SEEKER);
        JsonNode v = awaitPortal(c, requestId, x -> !x.path("reasonCode").isNull()
                && !x.path("reasonCode").asText().isEmpty(), "the gateway's refusal");
        say("  → " + name + ": the gateway refused it; the cabinet shows «" + v.path("statusText").asText() + "», "
                + v.path("reasonCode").asText() + " «" + v.path("reasonText").asText() + "»");
        return new Rejection(name, c.person.iin(), requestId, "gateway-router", v.path("reasonCode").asText(), v);
    }

    // ------------------------------------------------------------------------------------------------ evidence

    public JsonNode evidence(String requestId) {
        JsonNode records = target.admin(target.gateway()).get("/admin/evidence/requests/" + requestId).expect(200).body();
        JsonNode verify = target.admin(target.gateway()).get("/admin/evidence/verify").expect(200).body();
        say("Gateway evidence: " + records.size() + " records for " + requestId + "; chain of "
                + verify.path("records").asText() + " records intact=" + verify.path("intact").asBoolean());
        ObjectNode n = Api.JSON.createObjectNode();
        n.set("records", records);
        n.set("verify", verify);
        return n;
    }

    // ------------------------------------------------------------------------------------------------ citizens

    static final class Citizen {
        final PersonRecord person;
        final People.Key key;
        final Api portal;

        Citizen(PersonRecord person, People.Key key, Api portal) {
            this.person = person;
            this.key = key;
            this.portal = portal;
        }
    }

    /**
     * The people a journey of this process has taken: journeys run side by side (the e2e suite's variant journeys)
     * never share a citizen, so what АИС «Рынок труда» answers one never depends on another.
     */
    private static final java.util.Set<String> CLAIMED = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /** A citizen with no portal account and no registry card yet (so a demo can run again on the same stack). */
    Citizen newCitizen(Predicate<PersonRecord> where, boolean narrate) {
        Api portal = Api.anonymous(target.portal());
        for (PersonRecord p : candidates(where)) {
            if (CLAIMED.contains(p.iin()) || target.admin(target.registry()).get("/admin/cards/" + p.iin()).status() != 404
                    || !CLAIMED.add(p.iin())) {
                continue;
            }
            Api.Answer challenge = portal.post("/api/accounts/challenge", Map.of("iin", p.iin()));
            if (challenge.status() != 200 && challenge.status() != 201) {
                continue;
            }
            People.Key key = people.citizen(p);
            String text = challenge.body().path("challenge").asText();
            String password = "Demo-" + p.iin().substring(6) + "-pass";
            Api.Answer registered = portal.post("/api/accounts", Map.of("iin", p.iin(), "password", password,
                    "language", "ru", "challenge", text, "signature", key.sign(text.getBytes(StandardCharsets.UTF_8))));
            if (registered.status() == 409 || "AUTH_ALREADY_REGISTERED".equals(registered.code())) {
                continue;
            }
            registered.expect(201);
            String token = portal.post("/api/sessions", Map.of("iin", p.iin(), "password", password)).expect(201).body()
                    .path("token").asText();
            String line = "Citizen " + name(p) + " (" + mask(p.iin()) + ", KATO " + p.addressKato() + (p.deceased()
                    ? ", deceased " + p.deathDate() : "") + ") registers on the portal with the EDS and signs in";
            if (narrate) {
                say(line);
            } else {
                detail(line);
            }
            return new Citizen(p, key, portal.bearer(token));
        }
        throw new DemoException("no citizen left without a portal account (start a fresh stack: ./egov up --reset)");
    }

    PersonRecord freshPerson(Predicate<PersonRecord> where, int skip) {
        int seen = 0;
        for (PersonRecord p : candidates(where)) {
            if (!CLAIMED.contains(p.iin()) && target.admin(target.registry()).get("/admin/cards/" + p.iin()).status()
                    == 404 && seen++ >= skip && CLAIMED.add(p.iin())) {
                return p;
            }
        }
        throw new DemoException("no citizen left without a registry card (start a fresh stack: ./egov up --reset)");
    }

    private List<PersonRecord> candidates(Predicate<PersonRecord> where) {
        LocalDate adult = today().minusYears(18);
        Predicate<PersonRecord> base = p -> p.addressKato() != null && p.birthDate().isBefore(adult);
        return population.people().stream().filter(base.and(where)).toList();
    }

    JsonNode draft(Citizen c, String serviceCode) {
        JsonNode service = Api.anonymous(target.portal()).get("/api/services/" + serviceCode).expect(200).body();
        List<Api.Part> parts = PortalForm.draftParts(serviceCode, service, c.person);
        return c.portal.multipart("/api/requests/drafts", parts).expect(201).body();
    }

    String submitOnPortal(Citizen c, String serviceCode) {
        JsonNode draft = draft(c, serviceCode);
        byte[] document = Base64.getDecoder().decode(draft.path("document").asText());
        JsonNode submitted = c.portal.post("/api/requests", Map.of("draftId", draft.path("draftId").asText(),
                "signature", c.key.sign(document))).expect(201).body();
        String requestId = submitted.path("requestId").asText();
        say("Submits «" + serviceCode + "» signed with the EDS over the exact document (" + draft.path("attachments")
                .size() + " attachment(s)) → request " + requestId + " «" + submitted.path("statusText").asText() + "»");
        return requestId;
    }

    /** The service's form filled for the person: every field the portal's catalog lists, by its type. */
    JsonNode form(String serviceCode, PersonRecord p) {
        return PortalForm.fill(Api.anonymous(target.portal()).get("/api/services/" + serviceCode).expect(200).body(), p);
    }

    JsonNode awaitPortal(Citizen c, String requestId, Predicate<JsonNode> done, String what) {
        return await(what + " (portal request " + requestId + ")", () -> {
            JsonNode v = c.portal.get("/api/requests/" + requestId).expect(200).body();
            if (!v.path("reasonCode").isNull() && !v.path("reasonCode").asText().isEmpty() && !done.test(v)) {
                throw new DemoException("request " + requestId + " was refused: " + v.path("reasonCode").asText() + " «"
                        + v.path("reasonText").asText() + "»");
            }
            return done.test(v) ? Optional.of(v) : Optional.empty();
        });
    }

    // ------------------------------------------------------------------------------------------------ officers

    static final class Officer {
        final String iin;
        final String name;
        final People.Key key;
        final String token;
        final String providerId;

        Officer(String iin, String name, People.Key key, String token, String providerId) {
            this.iin = iin;
            this.name = name;
            this.key = key;
            this.token = token;
            this.providerId = providerId;
        }
    }

    private final Map<String, Officer> officers = new LinkedHashMap<>();

    /** A seeded officer of the provider with the role (listed by the platform operator), signed in, with a key. */
    Officer officer(String providerId, String role) {
        return officers.computeIfAbsent(providerId + "/" + role, k -> {
            JsonNode list = target.admin(target.mio()).get("/admin/officers?providerId=" + providerId).expect(200).body();
            for (JsonNode o : list) {
                boolean hasRole = false;
                for (JsonNode r : o.path("roles")) {
                    hasRole |= role.equals(r.asText());
                }
                if (hasRole && o.path("active").asBoolean(true)) {
                    String iin = o.path("iin").asText();
                    String token = Api.anonymous(target.mio()).post("/api/sign-in", Map.of("iin", iin, "password",
                            target.officerPassword())).expect(200).body().path("token").asText();
                    return new Officer(iin, o.path("surname").asText() + " " + o.path("givenName").asText(),
                            people.officer(providerId, iin, o.path("surname").asText(), o.path("givenName").asText()),
                            token, providerId);
                }
            }
            throw new DemoException("no active " + role + " at " + providerId + " (GET /admin/officers)");
        });
    }

    Api api(Officer o) {
        return Api.anonymous(target.mio()).bearer(o.token);
    }

    JsonNode awaitCase(Officer o, String requestId) {
        return await("the case " + requestId + " at " + o.providerId, () -> {
            Api.Answer a = api(o).get("/api/cases/" + requestId);
            return a.status() == 200 ? Optional.of(a.body()) : Optional.empty();
        });
    }

    JsonNode act(Officer o, String requestId, Map<String, Object> action, String narration) {
        JsonNode v = api(o).post("/api/cases/" + requestId + "/actions", action).expect(200).body();
        say(narration + " → " + v.at("/summary/status").asText() + ", next step " + v.at("/summary/stepNumber").asText()
                + " " + v.at("/summary/stepRole").asText());
        return v;
    }

    JsonNode awaitRegistry(Officer o, String requestId) {
        JsonNode v = await("АИС «Рынок труда»'s answer for " + requestId, () -> {
            JsonNode c = api(o).get("/api/cases/" + requestId).expect(200).body();
            return c.at("/summary/awaitingRegistry").asBoolean() ? Optional.empty() : Optional.of(c);
        });
        if (!"RESULT".equals(v.at("/draft/kind").asText())) {
            JsonNode call = last(v.path("registry"));
            throw new DemoException("АИС «Рынок труда» refused " + call.path("command").asText() + ": "
                    + call.path("reasonCode").asText() + " (draft " + v.path("draft") + ")");
        }
        return v;
    }

    /** The deciding officer takes the case from where it is to its signing step with the given decision. */
    private void workToSigning(Officer o, String requestId, Map<String, Object> decision, String what) {
        boolean decided = false;
        for (int guard = 0; guard < 12; guard++) {
            JsonNode v = api(o).get("/api/cases/" + requestId).expect(200).body();
            int stepIndex = -1;
            int signing = -1;
            int current = v.at("/summary/stepNumber").asInt(-1);
            for (JsonNode s : v.path("steps")) {
                if (s.path("number").asInt() == current) {
                    stepIndex = s.path("index").asInt();
                }
                if (signing < 0 && s.path("signsResult").asBoolean() && s.path("performedHere").asBoolean()) {
                    signing = s.path("index").asInt();
                }
            }
            if (stepIndex == signing && decided) {
                return;
            }
            if (!decided) {
                Api.Answer a = api(o).post("/api/cases/" + requestId + "/actions", decision);
                if (a.status() == 409 && a.text().contains("register the request first")) {
                    act(o, requestId, Map.of("action", "COMPLETE_STEP", "comment", "зарегистрировано"),
                            o.name + " registers the request");
                    continue;
                }
                JsonNode d = a.expect(200).body();
                decided = true;
                say(o.name + " decides " + what + " → " + d.at("/summary/status").asText() + ", draft "
                        + d.at("/draft/kind").asText() + " (" + d.at("/draft/reasonCode").asText() + ")");
                continue;
            }
            act(o, requestId, Map.of("action", "COMPLETE_STEP"), o.name + " completes the step");
        }
        throw new DemoException("the case " + requestId + " did not reach its signing step");
    }

    void sign(Officer o, String requestId) {
        byte[] document = api(o).bytes("/api/cases/" + requestId + "/result-document");
        JsonNode v = api(o).post("/api/cases/" + requestId + "/actions", Map.of("action", "SIGN", "signature",
                o.key.sign(document))).expect(200).body();
        say(o.name + " signs the result document (" + document.length + " bytes) with the EDS → "
                + v.at("/summary/status").asText() + ", outcome " + v.path("outcome").asText());
    }

    // ------------------------------------------------------------------------------------------------ operators

    static final class Operator {
        final String login;
        final People.Key key;
        final Api api;

        Operator(String login, People.Key key, Api api) {
            this.login = login;
            this.key = key;
            this.api = api;
        }
    }

    Operator operator(String branchId) {
        JsonNode list = target.admin(target.corp()).get("/admin/operators?branchId=" + branchId).expect(200).body();
        for (JsonNode o : list) {
            if (o.path("active").asBoolean(true)) {
                String login = o.path("login").asText();
                String token = Api.anonymous(target.corp()).post("/api/auth/sign-in", Map.of("login", login,
                        "password", target.operatorPassword())).expect(200, 201).body().path("token").asText();
                return new Operator(login, people.operator(branchId, o.path("iin").asText(), o.path("surname").asText(),
                        o.path("givenName").asText()), Api.anonymous(target.corp()).bearer(token));
            }
        }
        throw new DemoException("no active operator at " + branchId + " (GET /admin/operators)");
    }

    /** The checklist's documents as the operator ticks them: all present (or the first required one missing). */
    List<Map<String, Object>> items(Operator op, String serviceCode, boolean leaveOneOut) {
        JsonNode checklist = op.api.get("/api/services/" + serviceCode + "/checklist").expect(200).body();
        List<Map<String, Object>> items = new ArrayList<>();
        boolean left = false;
        for (JsonNode d : checklist.path("documents")) {
            boolean required = d.path("required").asBoolean();
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("code", d.path("code").asText());
            if (required && leaveOneOut && !left) {
                left = true;
                item.put("present", false);
            } else if (required) {
                item.put("present", true);
                item.put("scan", d.path("code").asText().toLowerCase() + ".pdf");
                if (d.path("hasExpiry").asBoolean()) {
                    item.put("expiresOn", today().plusYears(2).toString());
                }
            } else {
                continue;
            }
            items.add(item);
        }
        return items;
    }

    List<Api.Part> packageParts(PersonRecord citizen, String serviceCode, List<Map<String, Object>> items) {
        Map<String, Object> pkg = new LinkedHashMap<>();
        pkg.put("citizenIin", citizen.iin());
        pkg.put("serviceCode", serviceCode);
        pkg.put("items", items);
        pkg.put("phone", "+77010000000");
        pkg.put("language", "ru");
        List<Api.Part> parts = new ArrayList<>();
        parts.add(new Api.Part("package", null, "application/json", Api.json(pkg)));
        for (Map<String, Object> i : items) {
            if (i.get("scan") != null) {
                parts.add(new Api.Part("scan", (String) i.get("scan"), "application/pdf", PortalForm.PDF));
            }
        }
        return parts;
    }

    JsonNode awaitBranch(Operator op, String requestId, Predicate<JsonNode> done, String what) {
        return await(what + " (branch request " + requestId + ")", () -> {
            JsonNode v = op.api.get("/api/requests/" + requestId).expect(200).body();
            return done.test(v) ? Optional.of(v) : Optional.empty();
        });
    }

    // ------------------------------------------------------------------------------------------------ helpers

    <T> T await(String what, Supplier<Optional<T>> probe) {
        long end = System.nanoTime() + timeout.toNanos();
        while (true) {
            Optional<T> v = probe.get();
            if (v.isPresent()) {
                return v.get();
            }
            if (System.nanoTime() > end) {
                throw new DemoException("waited " + timeout.toSeconds() + " s for " + what);
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new DemoException("interrupted");
            }
        }
    }

    static JsonNode last(JsonNode array) {
        return array.isArray() && array.size() > 0 ? array.get(array.size() - 1) : Api.JSON.missingNode();
    }

    static String mask(String iin) {
        return iin == null || iin.length() != 12 ? "?" : iin.substring(0, 4) + "****" + iin.substring(8);
    }

    static String name(PersonRecord p) {
        return p.surname() + " " + p.givenName();
    }
}
