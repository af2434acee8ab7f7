package kz.egov.testinfra;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;

import org.junit.jupiter.api.Test;

/**
 * A desk page (the officer's workstation, the operator's desk) is served by its service together with what the two
 * share from the platform module: the signing agent's client and the style sheet.
 */
public abstract class StaffPageContract {

    /** The page's path, e.g. {@code /officer/}. */
    protected abstract String page();

    @Test
    void thePageLoadsTheSharedAgentClientAndStyleSheet() {
        given().get(page()).then().statusCode(200).contentType(startsWith("text/html"))
                .body(containsString("src=\"../staff/agent.js\""))
                .body(containsString("href=\"../staff/style.css\""));
        given().get("/staff/agent.js").then().statusCode(200).contentType(containsString("javascript"))
                .body(containsString("NCALayer"));
        given().get("/staff/style.css").then().statusCode(200).contentType(startsWith("text/css"));
    }
}
