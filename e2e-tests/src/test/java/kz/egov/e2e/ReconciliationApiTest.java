package kz.egov.e2e;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.isA;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * The read-only reconciliation endpoints {@code egov chaos} reconciles with: platform operators only, JSON lists,
 * a {@code since} that must be an instant.
 */
class ReconciliationApiTest {

    private static final Map<String, List<String>> ENDPOINTS = Map.of(
            "portal-adapter", List.of("/admin/reconciliation/requests", "/admin/reconciliation/sent"),
            "gateway-router", List.of("/admin/reconciliation/requests", "/admin/reconciliation/sent?type=SERVICE_REQUEST"),
            "mio-workstation", List.of("/admin/reconciliation/cases", "/admin/reconciliation/sent?type=STATUS_CHANGE"),
            "labour-market-registry", List.of("/admin/reconciliation/commands", "/admin/reconciliation/sent"),
            "citizens-corp-adapter", List.of("/admin/reconciliation/sent"));

    @Test
    void platformOperatorsOnlyAndAListSinceAnInstant() {
        ENDPOINTS.forEach((service, paths) -> {
            for (String path : paths) {
                String url = E2eStack.url(service) + path;
                given().get(url).then().statusCode(401);
                given().auth().preemptive().basic("admin", E2eStack.adminPassword(service)).get(url).then().statusCode(200)
                        .body("$", isA(List.class));
            }
            String first = E2eStack.url(service) + paths.get(0).replaceAll("\\?.*", "");
            given().auth().preemptive().basic("admin", E2eStack.adminPassword(service)).queryParam("since", "yesterday")
                    .get(first).then().statusCode(400);
        });
    }
}
