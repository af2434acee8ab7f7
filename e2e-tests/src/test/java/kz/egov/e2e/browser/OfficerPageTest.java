package kz.egov.e2e.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import kz.egov.cli.demo.Api;
import kz.egov.cli.demo.Journeys;
import kz.egov.contract.message.PersonRecord;
import kz.egov.e2e.browser.Staff.LocalAgent;
import kz.egov.e2e.browser.Staff.Officer;
import kz.egov.reference.Population;

/**
 * The officer workstation (mio-workstation {@code /officer/}) in a real headless Chromium against the e2e stack: the
 * officers of the Kyzylorda employment centre take a request through every step of its workflow on the page — each
 * signing in with their own password, each with their own signing agent ({@code egov agent}) holding their own key
 * from the stack's development CA — and what the page did is checked behind it, through the services' APIs.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OfficerPageTest {

    /** How often a wait presses the page's refresh button. */
    static final Duration REFRESH = Duration.ofMillis(750);

    static Staff staff;
    static Journeys journeys;
    static Browser browser;
    static String page;
    static String origin;
    static final Map<String, LocalAgent> agents = new HashMap<>();

    @RegisterExtension
    static final Browser.OnFailure FAILURE = new Browser.OnFailure(() -> browser);

    @BeforeAll
    static void start() {
        browser = Browser.start(); // first: without Chromium the class fails before the stack starts
        staff = new Staff();
        journeys = new Journeys(staff.target, line -> System.out.println("[officer page] " + line), Browser.ASYNC);
        page = staff.target.mio() + "/officer/";
        origin = Staff.origin(staff.target.mio());
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        if (staff != null) {
            staff.close();
        }
    }

    @Test
    @Order(1)
    void officersTakeAPortalRequestThroughEveryStepAndTheHeadSignsThroughTheAgent() {
        // a citizen of Kyzylorda submits a signed job-seeker registration on the portal; the gateway routes it (V06)
        Journeys.PortalSubmission sub = journeys.portalRequest(Journeys.KYZYLORDA, Journeys.JOB_SEEKER);
        assertThat(sub.providerId()).isEqualTo("ec-4310");
        String id = sub.requestId();
        PersonRecord citizen = Population.standard().find(p -> p.iin().equals(sub.citizenIin())).orElseThrow();
        Officer registrar = staff.officer(sub.providerId(), "REGISTRAR");
        Officer head = staff.officer(sub.providerId(), "HEAD", registrar);
        Officer executor = staff.officer(sub.providerId(), "EXECUTOR", registrar, head);

        // the registrar: sign-in, the queue, the request in detail
        signIn(registrar, "officer-01-sign-in");
        openFromQueue(id, "officer-02-queue");
        assertThat(browser.attr("case-view", "data-status")).isEqualTo("RECEIVED");
        assertThat(browser.text("case-title")).contains("ec-4310/");
        assertThat(browser.attr("case-signature-result", "data-verified")).isEqualTo("true");
        assertThat(browser.text("case-signature")).contains(mask(citizen.iin()));
        assertThat(browser.text("case-form")).contains(citizen.iin()).contains("educationLevel")
                .contains(citizen.addressKato());
        assertThat(browser.text("case-person")).contains(citizen.surname()).contains(citizen.givenName());
        assertThat(browser.driver.findElements(By.cssSelector("#case-attachments li"))).isNotEmpty()
                .allSatisfy(li -> assertThat(li.getText()).contains("application/pdf").contains("SHA-256"));
        assertThat(browser.driver.findElements(By.cssSelector("#case-steps li"))).hasSize(5);
        assertThat(browser.driver.findElement(By.cssSelector("#case-steps li[aria-current=step]")).getText())
                .startsWith("2.");
        assertThat(browser.text("case-timeline")).contains("RECEIVED");
        browser.shot("officer-03-case-detail");

        throughTheOffice(id, registrar, head, executor, "officer");

        // the portal has no office step after the signature: the result went to the personal cabinet at once
        assertThat(browser.attr("case-view", "data-status")).isEqualTo("ISSUED");
        assertThat(browser.text("case-step")).isEqualTo("Заявка закрыта: COMPLETED");
        assertThat(browser.present("action-ISSUE")).isFalse(); // closed: no actions are offered

        // behind the page: the case as ИС МИО recorded it, each step by its own officer
        JsonNode kase = staff.api(head).get("/api/cases/" + id).expect(200).body();
        assertThat(kase.path("outcome").asText()).isEqualTo("COMPLETED");
        assertThat(kase.at("/summary/status").asText()).isEqualTo("ISSUED");
        assertThat(actions(kase)).containsSubsequence("COMPLETE_STEP " + registrar.iin(),
                "ASSIGN_EXECUTOR " + head.iin(), "PREPARE_RESULT " + executor.iin(), "COMPLETE_STEP " + executor.iin(),
                "SIGN " + head.iin());
        assertThat(kase.path("assignedExecutor").asText()).isEqualTo(executor.iin());
        // the citizen's personal cabinet: issued, with the result the head signed through the agent, verifiable
        JsonNode cabinet = awaitCabinet(sub.cabinet(), id);
        assertThat(cabinet.path("resultDocumentId").asText()).isNotBlank();
        JsonNode result = sub.cabinet().get("/api/requests/" + id + "/result").expect(200).body();
        JsonNode verification = Api.anonymous(staff.target.portal()).post("/api/verify", Map.of("document",
                result.path("document").asText(), "signature", result.path("signature").asText())).expect(200).body();
        assertThat(verification.path("authentic").asBoolean()).as(verification.toString()).isTrue();
        assertThat(verification.at("/signer/name").asText()).contains(head.surname());
    }

    @Test
    @Order(2)
    void theRegistrarEntersAWalkInRequestSignsItThroughTheAgentAndIssuesTheResult() {
        PersonRecord citizen = journeys.personWithoutCard(Journeys.KYZYLORDA, 9);
        Officer registrar = staff.officer("ec-4310", "REGISTRAR");
        Officer head = staff.officer("ec-4310", "HEAD", registrar);
        Officer executor = staff.officer("ec-4310", "EXECUTOR", registrar, head);

        // walk-in entry at the provider's office: the registrar keys in the request and signs it with their own key
        signIn(registrar, null);
        browser.click("nav-walkin");
        browser.visible("walkin-view");
        browser.type("walkin-service", Journeys.JOB_SEEKER);
        browser.type("walkin-iin", citizen.iin());
        browser.type("walkin-surname", citizen.surname());
        browser.type("walkin-given-name", citizen.givenName());
        browser.type("walkin-phone", "+77010000000");
        Map<String, Object> form = Map.of("iin", citizen.iin(), "lastName", citizen.surname(), "firstName",
                citizen.givenName(), "birthDate", citizen.birthDate().toString(), "addressKato", citizen.addressKato(),
                "phone", "+77010000000", "educationLevel", "HIGHER");
        try {
            browser.type("walkin-form-json", new ObjectMapper().writeValueAsString(form));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        browser.click("walkin-submit");
        browser.visible("walkin-sign-panel");
        String id = browser.text("walkin-request-id");
        assertThat(id).isNotBlank();
        assertThat(browser.text("walkin-preview")).contains(citizen.iin()).contains("PROVIDER_OFFICE");
        browser.shot("officer-walkin-01-document");
        browser.click("walkin-sign");
        browser.waitAttr("walkin-result", "data-request-id", id);
        assertThat(browser.attr("walkin-result", "class")).contains("ok");
        assertThat(signatures(agents.get(registrar.iin()).log())).singleElement()
                .satisfies(s -> assertThat(s[1]).isEqualTo(origin));
        browser.shot("officer-walkin-02-sent");

        // through the gateway (condition 2 for officers, ГБД ФЛ) back into this office's queue
        browser.click("nav-queue");
        openFromQueue(id, null);
        assertThat(browser.text("case-summary")).contains("PROVIDER_OFFICE");
        assertThat(browser.driver.findElements(By.cssSelector("#case-steps li"))).hasSize(6);
        browser.shot("officer-walkin-03-case");

        throughTheOffice(id, registrar, head, executor, "officer-walkin");

        // the office channel has a step after the signature: the registrar issues the result
        assertThat(browser.attr("case-view", "data-status")).isEqualTo("COMPLETED");
        assertThat(browser.text("case-step")).startsWith("Текущий шаг 6:").endsWith("решение подписано: COMPLETED");
        signIn(registrar, null);
        openFromQueue(id, null);
        assertThat(browser.attr("case-view", "data-suggested")).isEqualTo("ISSUE EXTEND_TERM");
        act("ISSUE");
        assertThat(browser.attr("case-view", "data-status")).isEqualTo("ISSUED");
        assertThat(browser.text("case-step")).isEqualTo("Заявка закрыта: COMPLETED");
        assertThat(browser.present("action-ISSUE")).isFalse();
        browser.shot("officer-walkin-09-issued");

        JsonNode kase = staff.api(registrar).get("/api/cases/" + id).expect(200).body();
        assertThat(kase.at("/summary/channel").asText()).isEqualTo("PROVIDER_OFFICE");
        assertThat(kase.path("outcome").asText()).isEqualTo("COMPLETED");
        assertThat(kase.at("/summary/status").asText()).isEqualTo("ISSUED");
        assertThat(actions(kase)).containsSubsequence("COMPLETE_STEP " + registrar.iin(),
                "ASSIGN_EXECUTOR " + head.iin(), "PREPARE_RESULT " + executor.iin(), "COMPLETE_STEP " + executor.iin(),
                "SIGN " + head.iin(), "ISSUE " + registrar.iin());
    }

    // ------------------------------------------------------------------------------------------------ the steps

    /** Registration, the head names the executor, the executor's result (АИС «Рынок труда»), the head signs. */
    private void throughTheOffice(String id, Officer registrar, Officer head, Officer executor, String shots) {
        // registrar: «Зарегистрировать»
        if (!browser.displayed("case-view") || !id.equals(browser.attr("case-view", "data-request-id"))) {
            signIn(registrar, null);
            openFromQueue(id, null);
        }
        // V06 refuses acceptance at its office only (002 L62), never of a portal request: the page offers what the
        // catalog gives the case's channel
        String channel = browser.attr("case-view", "data-channel");
        assertThat(browser.attr("case-view", "data-suggested")).startsWith("PROVIDER_OFFICE".equals(channel)
                ? "COMPLETE_STEP REFUSE_TO_ACCEPT" : "COMPLETE_STEP EXTEND_TERM");
        assertThat(browser.text("action-COMPLETE_STEP")).isEqualTo("Зарегистрировать");
        browser.type("action-comment", "зарегистрировано");
        act("COMPLETE_STEP");
        assertThat(browser.attr("case-view", "data-status")).isEqualTo("REGISTERED");
        browser.shot(shots + "-04-registered");

        // head: names the executor
        signIn(head, null);
        openFromQueue(id, null);
        assertThat(browser.attr("case-view", "data-suggested")).startsWith("ASSIGN_EXECUTOR");
        browser.type("action-executor-iin", executor.iin());
        act("ASSIGN_EXECUTOR");
        assertThat(browser.text("case-summary")).contains(mask(executor.iin()));
        browser.shot(shots + "-05-executor-assigned");

        // executor: prepares the result; ИС МИО enters the citizen into АИС «Рынок труда» and waits for its answer
        signIn(executor, null);
        openFromQueue(id, null);
        assertThat(browser.attr("case-view", "data-suggested")).startsWith("PREPARE_RESULT");
        act("PREPARE_RESULT");
        // (both conditions: the case view reads the case and its registry calls in separate statements)
        browser.until(Browser.ASYNC, REFRESH, d -> {
            if (browser.text("case-timeline").contains("REGISTER_JOB_SEEKER → ACCEPTED")
                    && browser.text("case-draft").startsWith("Проект: RESULT")) {
                return true;
            }
            browser.click("case-reload");
            return false;
        }, "АИС «Рынок труда» to accept REGISTER_JOB_SEEKER for " + id + " and the result's draft");
        assertThat(browser.text("case-draft")).isEqualTo("Проект: RESULT JOB_SEEKER_REGISTRATION_NOTICE");
        browser.shot(shots + "-06-result-prepared");
        act("COMPLETE_STEP");

        // head: signs the result through the agent on the head's machine
        LocalAgent agent = signIn(head, null);
        openFromQueue(id, null);
        assertThat(browser.attr("case-view", "data-suggested")).startsWith("SIGN");
        browser.click("action-SIGN");
        browser.visible("sign-panel");
        String sha = browser.text("sign-sha256");
        assertThat(sha).matches("[0-9a-fA-F]{64}");
        assertThat(browser.text("sign-preview")).contains(id);
        browser.shot(shots + "-07-signing");
        int signedBefore = signatures(agent.log()).size();
        browser.click("sign-button");
        awaitActionMessage();
        assertThat(browser.text("action-message")).contains("Результат подписан и отправлен");
        // the agent signed exactly the bytes the page showed, for this page's origin
        List<String[]> signed = signatures(agent.log());
        assertThat(signed).hasSize(signedBefore + 1);
        assertThat(signed.get(signed.size() - 1)[0]).isEqualToIgnoringCase(sha);
        assertThat(signed.get(signed.size() - 1)[1]).isEqualTo(origin);
        assertThat(browser.displayed("sign-panel")).isFalse();
        browser.shot(shots + "-08-signed");
    }

    /** Signs in on the page (signing the previous officer out), with this officer's own agent named by ?agent=. */
    private LocalAgent signIn(Officer o, String shot) {
        if (browser.displayed("sign-out")) {
            browser.click("sign-out");
            browser.visible("login-view");
        }
        LocalAgent agent = agents.computeIfAbsent(o.iin(), k -> staff.agent(o, origin));
        browser.open(page + "?agent=" + agent.url());
        browser.visible("login-iin");
        assertThat(browser.displayed("nav")).as("the menu before sign-in").isFalse();
        if (shot != null) {
            browser.shot(shot);
        }
        browser.type("login-iin", o.iin());
        browser.type("login-password", staff.target.officerPassword());
        browser.click("login-submit");
        browser.visible("queue-view");
        browser.visible("nav");
        browser.waitText("user-name", o.surname());
        browser.waitAttr("agent-status", "data-state", "ready");
        assertThat(browser.text("agent-status")).contains(o.surname());
        return agent;
    }

    /**
     * Issue [wave 2 · 9/16]: "a comment and the extension days typed in one case are still filled in when the next
     * case is opened; Esc in the comment box leaves the case". Both no longer: Esc in a field keeps the officer in the
     * case, and the next case's form is empty.
     */
    @Test
    @Order(3)
    void whatIsTypedInOneCaseIsNotCarriedToTheNextAndEscInAFieldStaysInTheCase() {
        Journeys.PortalSubmission first = journeys.portalRequest(Journeys.KYZYLORDA, Journeys.JOB_SEEKER);
        Journeys.PortalSubmission second = journeys.portalRequest(Journeys.KYZYLORDA, Journeys.JOB_SEEKER);
        Officer registrar = staff.officer(first.providerId(), "REGISTRAR");
        signIn(registrar, null);
        openFromQueue(first.requestId(), null);
        browser.type("action-comment", "не уносить в другую заявку");
        browser.setValue("action-working-days", "5");
        browser.byId("action-comment").sendKeys(org.openqa.selenium.Keys.ESCAPE);
        assertThat(browser.displayed("case-view")).as("Esc in the comment box stays in the case").isTrue();
        assertThat(browser.attr("case-view", "data-request-id")).isEqualTo(first.requestId());
        browser.shot("officer-20-comment-typed");

        browser.byId("case-title").click(); // out of the field: Esc goes back to the queue as before
        new org.openqa.selenium.interactions.Actions(browser.driver).sendKeys(org.openqa.selenium.Keys.ESCAPE).perform();
        browser.visible("queue-view");
        openFromQueue(second.requestId(), null);
        assertThat(browser.byId("action-comment").getAttribute("value")).isEmpty();
        assertThat(browser.byId("action-working-days").getAttribute("value")).isEqualTo("1");
        browser.shot("officer-21-next-case-empty");
    }

    /** Waits for the request in the queue (refreshing it), then opens it. */
    private void openFromQueue(String id, String shot) {
        browser.visible("queue-view");
        browser.until(Browser.ASYNC, REFRESH, d -> {
            if (browser.present("queue-row-" + id)) {
                return true;
            }
            browser.click("queue-refresh");
            return false;
        }, "request " + id + " in the queue");
        assertThat(Integer.parseInt(browser.attr("queue-table", "data-count"))).isPositive();
        if (shot != null) {
            browser.shot(shot);
        }
        browser.click("open-" + id);
        browser.visible("case-view");
        browser.waitAttr("case-view", "data-request-id", id);
    }

    /** Presses an action's button and expects the service to have done it. */
    private void act(String action) {
        browser.click("action-" + action);
        awaitActionMessage();
    }

    private void awaitActionMessage() {
        String cls = browser.until(Browser.STEP, d -> {
            String c = browser.attr("action-message", "class");
            return c != null && (c.contains(" ok") || c.contains(" error")) ? c : null;
        }, "the outcome of the action");
        assertThat(cls).as("the page says: " + browser.text("action-message")).contains(" ok");
    }

    private static JsonNode awaitCabinet(Api cabinet, String id) {
        JsonNode[] seen = new JsonNode[1];
        await().atMost(Browser.ASYNC).pollInterval(Duration.ofMillis(300)).untilAsserted(() -> {
            seen[0] = cabinet.get("/api/requests/" + id).expect(200).body();
            assertThat(seen[0].path("status").asText()).as(seen[0].toString()).isEqualTo("ISSUED");
            assertThat(seen[0].path("resultDocumentId").isNull()).isFalse();
        });
        return seen[0];
    }

    private static List<String> actions(JsonNode kase) {
        List<String> all = new ArrayList<>();
        kase.path("actions").forEach(a -> all.add(a.path("action").asText() + " " + a.path("officerIin").asText()));
        return all;
    }

    /** The agent's «signed N bytes, SHA-256 h, for origin» lines: [SHA-256, origin] each. */
    static List<String[]> signatures(String agentLog) {
        List<String[]> all = new ArrayList<>();
        Matcher m = SIGNED.matcher(agentLog);
        while (m.find()) {
            all.add(new String[] {m.group(1), m.group(2)});
        }
        return all;
    }

    private static final Pattern SIGNED = Pattern.compile("signed \\d+ bytes, SHA-256 ([0-9a-f]{64}), for (\\S+)");

    static String mask(String iin) {
        return iin.substring(0, 2) + "********" + iin.substring(10);
    }
}
