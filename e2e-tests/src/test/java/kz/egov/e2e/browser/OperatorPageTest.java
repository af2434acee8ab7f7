package kz.egov.e2e.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.JsonNode;

import kz.egov.cli.demo.Api;
import kz.egov.cli.demo.Journeys;
import kz.egov.contract.message.PersonRecord;
import kz.egov.e2e.browser.Staff.LocalAgent;
import kz.egov.e2e.browser.Staff.Operator;

/**
 * The operator desk (citizens-corp-adapter {@code /operator/}) in a real headless Chromium against the e2e stack: an
 * operator of the East Kazakhstan branch refuses an incomplete package (refusal receipt), accepts a complete one with
 * the checklist and the scans, signs it through the operator's own signing agent, and prints the receipt.
 */
class OperatorPageTest {

    static final String BRANCH = Journeys.EAST_KAZAKHSTAN_BRANCH;

    static Staff staff;
    static Journeys journeys;
    static Browser browser;
    static String page;
    static String origin;

    @RegisterExtension
    static final Browser.OnFailure FAILURE = new Browser.OnFailure(() -> browser);

    @BeforeAll
    static void start() {
        browser = Browser.start(); // first: without Chromium the class fails before the stack starts
        staff = new Staff();
        journeys = new Journeys(staff.target, line -> System.out.println("[operator page] " + line), Browser.ASYNC);
        page = staff.target.corp() + "/operator/";
        origin = Staff.origin(staff.target.corp());
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
    void anOperatorRefusesAnIncompletePackageAndAcceptsACompleteOneSignedThroughTheAgentWithAPrintableReceipt() {
        Operator op = staff.operator(BRANCH);
        LocalAgent agent = staff.agent(op, origin);
        Api api = staff.api(op);
        PersonRecord citizen = journeys.personWithoutCard(Journeys.EAST_KAZAKHSTAN, 3);
        Path scan = scan();

        // sign-in with login and password; the header shows the operator's agent ready
        browser.open(page + "?agent=" + agent.url());
        browser.visible("login-iin");
        assertThat(browser.displayed("nav")).as("the menu before sign-in").isFalse();
        browser.shot("operator-01-sign-in");
        browser.type("login-iin", op.login());
        browser.type("login-password", staff.target.operatorPassword());
        browser.click("login-submit");
        browser.visible("desk-view");
        browser.visible("nav");
        browser.waitText("user-name", op.surname());
        assertThat(browser.text("user-name")).contains(BRANCH);
        browser.waitAttr("agent-status", "data-state", "ready");
        assertThat(browser.text("agent-status")).contains(op.surname());

        // 1. oralman status (V09) with a required document missing: refused to accept, with a refusal receipt
        JsonNode oralman = api.get("/api/services/" + Journeys.ORALMAN + "/checklist").expect(200).body();
        browser.select("pkg-service", Journeys.ORALMAN);
        String missing = fillChecklist(oralman, true, scan);
        browser.type("pkg-iin", citizen.iin());
        browser.type("pkg-phone", "+77010000000");
        browser.shot("operator-02-checklist-incomplete");
        browser.click("pkg-check");
        browser.visible("receipt-view");
        browser.waitAttr("receipt", "data-kind", "REFUSAL");
        String refusalNumber = browser.attr("receipt", "data-number");
        assertThat(refusalNumber).startsWith(BRANCH);
        assertThat(browser.text("receipt-title")).contains(refusalNumber);
        assertThat(browser.text("receipt-number")).isEqualTo(refusalNumber);
        assertThat(browser.text("receipt-documents")).contains(missing);
        assertThat(browser.text("message")).contains(refusalNumber);
        assertThat(signatures(agent)).isEmpty(); // nothing to sign for a refusal
        browser.shot("operator-03-refusal-receipt");
        JsonNode refusal = api.get("/api/receipts/" + refusalNumber).expect(200).body();
        assertThat(refusal.path("kind").asText()).isEqualTo("REFUSAL");
        assertThat(refusal.path("content").path("missing").toString()).contains(missing);
        assertThat(refusal.path("content").path("applicantIin").asText()).isEqualTo(citizen.iin());

        // 2. job-seeker registration (V11), complete: the draft, signed through the agent, the acceptance receipt
        browser.click("receipt-back");
        browser.visible("desk-view");
        JsonNode jobSeeker = api.get("/api/services/" + Journeys.JOB_SEEKER + "/checklist").expect(200).body();
        browser.select("pkg-service", Journeys.JOB_SEEKER);
        assertThat(fillChecklist(jobSeeker, false, scan)).isNull();
        browser.type("pkg-iin", citizen.iin());
        browser.type("pkg-phone", "+77010000000");
        browser.shot("operator-04-checklist-complete");
        browser.click("pkg-check");
        browser.visible("draft-panel");
        String packageId = browser.text("draft-package-id");
        String receiptNumber = browser.text("draft-receipt-number");
        assertThat(packageId).isNotBlank();
        assertThat(receiptNumber).startsWith(BRANCH);
        assertThat(browser.text("draft-preview")).contains(citizen.iin()).contains(Journeys.JOB_SEEKER);
        browser.shot("operator-05-draft");
        browser.click("sign-button");
        browser.visible("receipt-view");
        browser.waitAttr("receipt", "data-kind", "ACCEPTANCE");
        assertThat(browser.attr("receipt", "data-number")).isEqualTo(receiptNumber);
        assertThat(browser.text("receipt-package-id")).isEqualTo(packageId);
        assertThat(browser.text("receipt-number")).isEqualTo(receiptNumber);
        assertThat(browser.text("receipt-fields")).contains(citizen.iin()).contains("V11");
        assertThat(browser.text("message")).contains(receiptNumber).contains(packageId);
        // the operator's agent signed the package's document for this page
        assertThat(signatures(agent)).singleElement().satisfies(s -> assertThat(s[1]).isEqualTo(origin));
        browser.shot("operator-06-acceptance-receipt");
        // the same receipt in Kazakh (the language switch relabels the page in place)
        browser.click("lang-kk");
        browser.waitAttr("lang-kk", "aria-pressed", "true");
        assertThat(browser.text("receipt-title")).isEqualTo("Құжаттарды қабылдау туралы № " + receiptNumber + " қолхат");
        assertThat(browser.text("receipt-package-id")).isEqualTo(packageId);
        browser.shot("operator-06-acceptance-receipt-kk");
        browser.click("lang-ru");
        browser.waitAttr("lang-ru", "aria-pressed", "true");
        assertThat(browser.text("receipt-title")).startsWith("Расписка о приёме документов");

        // the printable receipt: with the print style sheet only the receipt remains, package id included
        browser.emulatePrint(true);
        try {
            assertThat(browser.displayed("receipt")).isTrue();
            assertThat(browser.displayed("receipt-package-id")).isTrue();
            assertThat(browser.text("receipt-package-id")).isEqualTo(packageId);
            assertThat(browser.displayed("nav")).isFalse();
            assertThat(browser.displayed("receipt-print")).isFalse();
            assertThat(browser.displayed("agent-status")).isFalse();
            assertThat(browser.displayed("message")).isFalse(); // the page's notice is not part of the receipt
            browser.shot("operator-07-receipt-print-view");
        } finally {
            browser.emulatePrint(false);
        }
        Path pdf = browser.printPdf("operator-07-receipt");
        assertThat(bytes(pdf, 5)).isEqualTo("%PDF-");

        // behind the page: the branch recorded the receipt, and the request went on to the gateway and a provider
        JsonNode accepted = api.get("/api/receipts/" + receiptNumber).expect(200).body();
        assertThat(accepted.path("kind").asText()).isEqualTo("ACCEPTANCE");
        assertThat(accepted.at("/content/packageId").asText()).isEqualTo(packageId);
        String requestId = accepted.path("requestId").asText();
        assertThat(requestId).isNotBlank();
        await().atMost(Browser.ASYNC).pollInterval(Duration.ofMillis(300)).untilAsserted(() -> assertThat(
                api.get("/api/requests/" + requestId).expect(200).body().path("providerId").asText()).startsWith("ec-63"));

        // the requests view finds it by the receipt number, with its statuses
        browser.click("receipt-back");
        browser.click("nav-requests");
        browser.visible("requests-view");
        browser.type("enquiry-receipt", receiptNumber);
        browser.click("enquiry-submit");
        browser.visible("request-row-" + requestId);
        assertThat(browser.attr("request-row-" + requestId, "data-receipt-number")).isEqualTo(receiptNumber);
        assertThat(browser.text("request-row-" + requestId)).contains(packageId);
        browser.shot("operator-08-requests");
    }

    /**
     * Ticks the checklist's required documents as presented, each with its scan and, where it has one, an expiry date;
     * with {@code leaveOneOut} the first required one is left out. Returns the code left out (or null).
     */
    private static String fillChecklist(JsonNode checklist, boolean leaveOneOut, Path scan) {
        String left = null;
        for (JsonNode d : checklist.path("documents")) {
            String code = d.path("code").asText();
            String id = "doc-" + code.replaceAll("[^A-Za-z0-9_-]", "_");
            browser.visible(id);
            if (!d.path("required").asBoolean()) {
                continue;
            }
            if (leaveOneOut && left == null) {
                left = code;
                continue;
            }
            browser.click(id + "-present");
            browser.byId(id + "-scan").sendKeys(scan.toString());
            if (d.path("hasExpiry").asBoolean()) {
                browser.setValue(id + "-expires", LocalDate.now().plusYears(2).toString());
            }
        }
        return left;
    }

    private static List<String[]> signatures(LocalAgent agent) {
        return OfficerPageTest.signatures(agent.log());
    }

    private static Path scan() {
        try {
            Path file = Browser.TARGET.resolve("browser-files/scan.pdf");
            Files.createDirectories(file.getParent());
            return Files.write(file, "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String bytes(Path file, int n) {
        try {
            byte[] all = Files.readAllBytes(file);
            return new String(all, 0, Math.min(n, all.length), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
