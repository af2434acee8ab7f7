package kz.egov.cli.demo;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

import kz.egov.contract.message.PersonRecord;
import kz.egov.reference.Population;

/**
 * The officers' side of the regulations (ИС МИО) through the whole system: each variant's steps as the catalog orders
 * them, taken by the seeded officers of the provider the gateway routed the request to, with АИС «Рынок труда»
 * answering the executor's registry commands and the officer-signed result reaching the request's origin. Written
 * on top of {@link Journeys} (the same citizens, officers, operators and waits).
 */
public final class MioJourneys {

    public static final String REFERRAL = "EMPLOYMENT_MEASURE_REFERRAL";
    /** Mangystau: V03, an employment centre where the executor signs and the office hands over. */
    public static final String MANGYSTAU = "47";

    /** One request decided in ИС МИО: the officers' case, the origin's view, the signed result's document (JSON). */
    public record Decided(String requestId, String providerId, JsonNode caseView, JsonNode originView,
            JsonNode resultDocument) {
    }

    /** A file of the request as the officer opened it, and what another provider's officer was answered. */
    public record OpenedFile(String sha256, String listedSha256, int size, int otherProviderStatus) {
    }

    /**
     * Kyzylorda (V08 then V06 then V08): a referral without a card is refused with the registry's ground; the
     * job-seeker registration creates the card (its files opened by the registrar); the later referral carries it.
     */
    public record CardJourney(String citizenIin, Decided refusedReferral, Decided registration,
            List<OpenedFile> files, Decided referral, JsonNode card) {
    }

    /** A State Corporation package decided in ИС МИО and handed back to exactly that branch. */
    public record BranchJourney(String citizenIin, String branchId, Decided decided, String packageId,
            JsonNode packageView, int otherBranchStatus, JsonNode evidence) {
    }

    private final Journeys j;

    public MioJourneys(Journeys journeys) {
        this.j = journeys;
    }

    // ------------------------------------------------------------------------------------------------ Kyzylorda

    public CardJourney cardThenReferral() {
        j.chapter("5. ИС МИО, Kyzylorda: a referral needs the record card a job-seeker registration creates (V08, V06)");
        Journeys.Citizen c = j.newCitizen(Population.livingIn(Journeys.KYZYLORDA), true);

        String early = j.submitOnPortal(c, REFERRAL);
        String provider = routed(c, early);
        Journeys.Officer registrar = j.officer(provider, "REGISTRAR");
        Journeys.Officer head = j.officer(provider, "HEAD");
        Journeys.Officer executor = j.officer(provider, "EXECUTOR");
        toExecutor(registrar, head, executor, early);
        j.act(executor, early, referral("EMPLOYMENT_REFERRAL"), "executor " + executor.name
                + " prepares an employment referral: АИС «Рынок труда» REFER_TO_MEASURE");
        JsonNode refused = awaitAnswer(executor, early);
        j.detail("АИС «Рынок труда» refused: " + refused.at("/draft/reasonCode").asText() + " «"
                + refused.at("/draft/ground").asText() + "» — the executor sees a motivated-refusal draft");
        j.act(executor, early, Map.of("action", "COMPLETE_STEP"), "executor passes the motivated refusal to the head");
        j.sign(head, early);
        j.act(registrar, early, Map.of("action", "ISSUE", "comment", "в личный кабинет"),
                "registrar sends it to the personal cabinet");
        Decided refusedReferral = atPortal(c, early, provider, head);

        String registration = j.submitOnPortal(c, Journeys.JOB_SEEKER);
        routed(c, registration);
        List<OpenedFile> files = openFiles(registrar, registration);
        toExecutor(registrar, head, executor, registration);
        j.act(executor, registration, Map.of("action", "PREPARE_RESULT"),
                "executor enters the citizen into АИС «Рынок труда» (REGISTER_JOB_SEEKER)");
        j.awaitRegistry(executor, registration);
        j.act(executor, registration, Map.of("action", "COMPLETE_STEP"), "executor passes the notification to the head");
        j.sign(head, registration);
        Decided registered = atPortal(c, registration, provider, head);

        String later = j.submitOnPortal(c, REFERRAL);
        routed(c, later);
        toExecutor(registrar, head, executor, later);
        j.act(executor, later, referral("EMPLOYMENT_REFERRAL"), "executor prepares the employment referral again");
        j.awaitRegistry(executor, later);
        j.act(executor, later, Map.of("action", "COMPLETE_STEP"), "executor passes the referral to the head");
        j.sign(head, later);
        j.act(registrar, later, Map.of("action", "ISSUE", "comment", "в личный кабинет"),
                "registrar sends it to the personal cabinet");
        Decided referral = atPortal(c, later, provider, head);
        JsonNode card = j.target.admin(j.target.registry()).get("/admin/cards/" + c.person.iin()).expect(200).body();
        j.say("АИС «Рынок труда» card of " + Journeys.mask(c.person.iin()) + ": " + card.path("status").asText() + ", "
                + card.path("registrations").size() + " registration(s), " + card.path("referrals").size()
                + " referral(s)");
        return new CardJourney(c.person.iin(), refusedReferral, registered, files, referral, card);
    }

    private Map<String, Object> referral(String resultCode) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("employer", "ТОО «Сырдария Агро»");
        details.put("employerBin", "990140000006");
        details.put("vacancy", "оператор");
        details.put("validUntil", j.today().plusDays(10).toString());
        return Map.of("action", "PREPARE_RESULT", "resultCode", resultCode, "details", details);
    }

    /** The registrar opens each file of the request (through the gateway's store); another provider's officer tries. */
    private List<OpenedFile> openFiles(Journeys.Officer officer, String requestId) {
        JsonNode kase = j.awaitCase(officer, requestId);
        Journeys.Officer stranger = j.officer("ec-47", "REGISTRAR");
        List<OpenedFile> opened = new ArrayList<>();
        for (JsonNode f : kase.path("attachments")) {
            String path = f.path("download").asText();
            byte[] content = j.api(officer).bytes(path);
            int other = j.api(stranger).get(path).status();
            opened.add(new OpenedFile(sha256(content), f.path("sha256").asText(), content.length, other));
            j.say(officer.name + " opens " + f.path("code").asText() + " (" + f.path("mediaType").asText() + ", "
                    + content.length + " bytes) through the gateway's store; another provider's officer: HTTP " + other);
        }
        JsonNode check = kase.path("signatureCheck");
        j.detail("the gateway's EDS check: " + check.path("role").asText() + " " + check.path("signerName").asText()
                + ", certificate " + check.path("certificateSerial").asText() + " of " + check.path("issuer").asText()
                + ", revocation " + check.path("revocationStatus").asText() + " by " + check.path("revocationSource")
                .asText() + ", checked at " + check.path("checkedAt").asText());
        return opened;
    }

    // ------------------------------------------------------------------------------------------------ Mangystau

    /** V03 (Mangystau): the registrar registers, the executor enters the citizen and signs, the office hands over. */
    public Decided mangystauJobSeeker() {
        j.chapter("6. ИС МИО, Mangystau: the executor signs the job-seeker notification himself (V03)");
        Journeys.Citizen c = j.newCitizen(Population.livingIn(MANGYSTAU), true);
        String id = j.submitOnPortal(c, Journeys.JOB_SEEKER);
        String provider = routed(c, id);
        Journeys.Officer registrar = j.officer(provider, "REGISTRAR");
        Journeys.Officer executor = j.officer(provider, "EXECUTOR");
        j.awaitCase(registrar, id);
        j.act(registrar, id, Map.of("action", "COMPLETE_STEP", "comment", "зарегистрировано"),
                "registrar " + registrar.name + " registers it and sends it to the executor");
        j.act(executor, id, Map.of("action", "PREPARE_RESULT"),
                "executor " + executor.name + " enters the citizen into АИС «Рынок труда» (REGISTER_JOB_SEEKER)");
        j.awaitRegistry(executor, id);
        j.sign(executor, id);
        j.act(registrar, id, Map.of("action", "ISSUE", "comment", "в личный кабинет"), "registrar hands it over");
        return atPortal(c, id, provider, registrar);
    }

    // ------------------------------------------------------------------------------------------------ ЦОН

    /**
     * V11 (East Kazakhstan) at a State Corporation branch: the package reaches the provider's specialist, who registers
     * it (the package «received by the provider»), checks the labour activity, registers the job seeker, signs; the
     * result goes back to exactly that branch, whose operator hands it over.
     */
    public BranchJourney stateCorporationRegistration() {
        String branch = Journeys.EAST_KAZAKHSTAN_BRANCH;
        j.chapter("7. ИС МИО, State Corporation (" + branch + "): the specialist's steps for a package (V11)");
        Journeys.Operator op = j.operator(branch);
        PersonRecord citizen = j.freshPerson(Population.livingIn(Journeys.EAST_KAZAKHSTAN), 3);
        JsonNode draft = op.api.multipart("/api/packages", j.packageParts(citizen, Journeys.JOB_SEEKER,
                j.items(op, Journeys.JOB_SEEKER, false))).expect(201).body();
        String packageId = draft.path("packageId").asText();
        JsonNode receipt = op.api.post("/api/packages/" + packageId + "/submit", Map.of("signature",
                op.key.sign(Base64.getDecoder().decode(draft.path("document").asText())))).expect(201).body();
        String id = receipt.path("requestId").asText();
        j.say("Operator " + op.login + " accepts " + Journeys.name(citizen) + "'s package (receipt "
                + receipt.path("number").asText() + ") and sends it");
        String provider = j.awaitBranch(op, id, v -> !v.path("providerId").asText("").isEmpty(), "routed").path(
                "providerId").asText();
        Journeys.Officer specialist = j.officer(provider, "SPECIALIST");
        JsonNode kase = j.awaitCase(specialist, id);
        j.say("ИС МИО " + provider + ": step " + kase.at("/summary/stepNumber").asText() + " ("
                + kase.at("/summary/stepAction").asText() + ")");
        j.act(specialist, id, Map.of("action", "PREPARE_RESULT"),
                "specialist " + specialist.name + " checks the labour activity (CHECK_LABOUR_ACTIVITY)");
        j.awaitRegistry(specialist, id);
        j.act(specialist, id, Map.of("action", "COMPLETE_STEP", "comment", "пакет получен и зарегистрирован"),
                "specialist registers the package");
        j.act(specialist, id, Map.of("action", "PREPARE_RESULT"),
                "specialist registers the job seeker (REGISTER_JOB_SEEKER)");
        j.awaitRegistry(specialist, id);
        j.sign(specialist, id);
        j.act(specialist, id, Map.of("action", "COMPLETE_STEP", "comment", "передано в ЦОН"),
                "specialist passes the result to the State Corporation");
        JsonNode ready = j.awaitBranch(op, id, v -> v.path("readyForHandOver").asBoolean(), "the result at the branch");
        j.say("At " + branch + ": " + ready.path("businessStatus").asText() + ", result "
                + ready.path("resultKind").asText());
        op.api.post("/api/requests/" + id + "/hand-over", Map.of("presentedIin", citizen.iin(), "method",
                "IN_PERSON")).expect(200, 201);
        JsonNode closed = j.await("the hand-over reported to ИС МИО", () -> {
            JsonNode v = j.api(specialist).get("/api/cases/" + id).expect(200).body();
            return "ISSUED".equals(v.at("/summary/status").asText()) ? Optional.of(v) : Optional.empty();
        });
        j.say("The operator hands it over; ИС МИО closes the case: " + closed.at("/summary/status").asText());
        JsonNode view = op.api.get("/api/requests/" + id).expect(200).body();
        JsonNode result = op.api.get("/api/requests/" + id + "/result").expect(200).body();
        JsonNode pkg = op.api.get("/api/packages/" + packageId).expect(200).body();
        pkg.path("movements").forEach(m -> j.detail(m.path("at").asText() + "  " + m.path("movement").asText()
                + "  by " + m.path("reportedBy").asText() + " → " + m.path("holder").asText()));
        Journeys.Operator other = j.operator("con-43");
        int otherStatus = other.api.get("/api/requests/" + id).status();
        return new BranchJourney(citizen.iin(), branch, new Decided(id, provider, closed, view,
                document(result.path("document").asText())), packageId, pkg, otherStatus, j.evidence(id));
    }

    // ------------------------------------------------------------------------------------------------ helpers

    private String routed(Journeys.Citizen c, String requestId) {
        JsonNode v = j.awaitPortal(c, requestId, x -> !x.path("providerId").asText("").isEmpty(), "routed");
        j.say("The gateway routed it: variant " + v.path("variantCode").asText() + ", provider "
                + v.path("providerId").asText());
        return v.path("providerId").asText();
    }

    private void toExecutor(Journeys.Officer registrar, Journeys.Officer head, Journeys.Officer executor, String id) {
        j.awaitCase(registrar, id);
        j.act(registrar, id, Map.of("action", "COMPLETE_STEP", "comment", "зарегистрировано"),
                "registrar " + registrar.name + " registers it");
        j.act(head, id, Map.of("action", "ASSIGN_EXECUTOR", "executorIin", executor.iin),
                "head " + head.name + " names the executor " + executor.name);
    }

    /** The case once АИС «Рынок труда» has answered, whatever it answered. */
    private JsonNode awaitAnswer(Journeys.Officer o, String requestId) {
        return j.await("АИС «Рынок труда»'s answer for " + requestId, () -> {
            JsonNode v = j.api(o).get("/api/cases/" + requestId).expect(200).body();
            return v.at("/summary/awaitingRegistry").asBoolean() ? Optional.empty() : Optional.of(v);
        });
    }

    /** The request issued: the cabinet's view and the signed result, with the officers' final case. */
    private Decided atPortal(Journeys.Citizen c, String id, String provider, Journeys.Officer reader) {
        JsonNode cabinet = j.awaitPortal(c, id, v -> !v.path("resultDocumentId").isNull()
                && !v.path("resultDocumentId").asText("").isEmpty()
                && "ISSUED".equals(v.path("businessStatus").asText()), "the result in the personal cabinet");
        JsonNode result = c.portal.get("/api/requests/" + id + "/result").expect(200).body();
        JsonNode doc = document(result.path("document").asText());
        j.say("Personal cabinet: «" + cabinet.path("statusText").asText() + "», " + doc.path("kind").asText() + " «"
                + doc.path("title").asText() + "» signed by " + doc.path("signedByRole").asText());
        return new Decided(id, provider, j.api(reader).get("/api/cases/" + id).expect(200).body(), cabinet, doc);
    }

    private static JsonNode document(String base64) {
        try {
            return Api.JSON.readTree(new String(Base64.getDecoder().decode(base64), StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new DemoException("the result document is not JSON: " + e);
        }
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
