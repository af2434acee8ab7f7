package kz.egov.e2e.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import kz.egov.e2e.browser.Staff.LocalAgent;
import kz.egov.e2e.browser.Staff.Officer;

/**
 * The signing agent's origin allow-list as a browser enforces it: an agent that trusts the officer page only answers
 * that page, while the operator page — another origin, as any other site would be — cannot read its answers nor get
 * anything signed (the agent answers 403 without CORS headers and logs the refusal).
 */
class AgentOriginTest {

    /** Calls the agent from the page itself, as agent.js does; answers "answered <signer>" or "refused <error>". */
    static final String PROBE = "var done = arguments[arguments.length - 1];"
            + "fetch(arguments[0] + '/status', {mode: 'cors', cache: 'no-store'})"
            + ".then(function (r) { return r.json(); })"
            + ".then(function (j) { done('answered ' + j.subject.commonName); },"
            + " function (e) { done('refused ' + e.name); });";

    static Staff staff;
    static Browser browser;

    @RegisterExtension
    static final Browser.OnFailure FAILURE = new Browser.OnFailure(() -> browser);

    @BeforeAll
    static void start() {
        browser = Browser.start(); // first: without Chromium the class fails before the stack starts
        staff = new Staff();
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
    void theAgentAnswersTheTrustedPageAndRefusesAPageOfAnotherOrigin() {
        String trusted = Staff.origin(staff.target.mio());
        String untrusted = Staff.origin(staff.target.corp());
        Officer head = staff.officer("ec-4310", "HEAD");
        LocalAgent agent = staff.agent(head, trusted);

        // the trusted page (ИС МИО's officer page) reads the agent's answer
        browser.open(staff.target.mio() + "/officer/?agent=" + agent.url());
        browser.visible("login-iin");
        assertThat((String) browser.async(PROBE, agent.url())).startsWith("answered ").contains(head.surname());

        // a page of another origin (here the operator page) gets nothing: the browser refuses it the answer
        browser.open(staff.target.corp() + "/operator/?agent=" + agent.url());
        browser.visible("login-eds");
        assertThat((String) browser.async(PROBE, agent.url())).isEqualTo("refused TypeError");

        // and the page's own use of the agent («Войти по ЭЦП»: sign a challenge) fails with the page's explanation
        browser.click("login-eds");
        browser.waitText("login-error", "Агент подписи недоступен");
        assertThat(browser.text("login-error")).contains("--allow-origin " + untrusted);
        browser.shot("agent-refuses-untrusted-origin");

        // it was the agent that refused (it was up and reachable), and it signed nothing
        assertThat(agent.log()).contains("REFUSED origin " + untrusted);
        assertThat(OfficerPageTest.signatures(agent.log())).isEmpty();
        assertThat(agent.log()).doesNotContain("=== Signing request ===");
    }
}
