package kz.egov.testinfra;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

/**
 * Issue [wave 2 · 6/16]: "staff pages send Content-Security-Policy, frame-ancestors and Referrer-Policy": a desk page
 * and its shared assets cannot be framed by another site (clickjacking an officer's signature), run no script of
 * another origin, call no address but their service and the signing agent on loopback, and leak no address.
 */
public abstract class StaffPageInAnotherSitesFrameContract {

    /** The page's path, e.g. {@code /officer/}. */
    protected abstract String page();

    @Test
    void theDeskPageAndItsAssetsRefuseFramesForeignScriptsAndReferrers() {
        for (String path : new String[] {page(), "/staff/agent.js", "/staff/style.css"}) {
            given().get(path).then().statusCode(200)
                    .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                    .header("Content-Security-Policy", containsString("script-src 'self'"))
                    .header("Content-Security-Policy", containsString("connect-src 'self' http://127.0.0.1:*"))
                    .header("X-Frame-Options", equalTo("DENY"))
                    .header("Referrer-Policy", equalTo("no-referrer"));
        }
    }
}
