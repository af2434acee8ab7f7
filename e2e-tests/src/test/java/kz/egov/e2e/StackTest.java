package kz.egov.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;

import kz.egov.cli.stack.StackConfig;
import org.junit.jupiter.api.Test;

/** The system as `./egov up` runs it: five services, ready, seeded, with an intact message log. */
class StackTest {

    private static final List<String> SERVICES = List.of("portal-adapter", "gateway-router", "mio-workstation",
            "labour-market-registry", "citizens-corp-adapter");

    @Test
    void everyServiceIsReadyAndAnswersHealthMetricsAndOpenApiOnItsManagementPort() {
        for (String service : SERVICES) {
            String management = E2eStack.managementUrl(service);
            given().get(management + "/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
            given().get(management + "/q/metrics").then().statusCode(200);
            given().get(management + "/q/openapi").then().statusCode(200);
            given().get(management + "/q/swagger-ui/").then().statusCode(200);
            String api = E2eStack.url(service);
            for (String path : List.of("/q/health/ready", "/q/metrics", "/q/openapi", "/q/swagger-ui/")) {
                given().redirects().follow(false).get(api + path).then().statusCode(404);
            }
        }
    }

    @Test
    void theGatewayKnowsEveryParticipantAndItsMessageLogIsIntact() {
        String gateway = E2eStack.url("gateway-router");
        List<?> participants = given().auth().preemptive().basic("admin", E2eStack.adminPassword("gateway-router"))
                .get(gateway + "/admin/participants").then().statusCode(200).extract().jsonPath().getList("$");
        assertThat(participants).hasSizeGreaterThan(60);
        given().auth().preemptive().basic("admin", E2eStack.adminPassword("gateway-router"))
                .get(gateway + "/admin/evidence/verify")
                .then().statusCode(200).body("intact", equalTo(true));
    }

    /** Nothing acknowledged is lost in a crash: the stack's PostgreSQL flushes every commit to disk before it returns. */
    @Test
    void postgresCommitsDurably() throws Exception {
        StackConfig config = E2eStack.get().config();
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://" + config.host() + ":"
                + config.postgresPort() + "/postgres", config.dbUser(), E2eStack.get().secrets().dbSuperuserPassword());
                Statement s = c.createStatement()) {
            for (String setting : List.of("synchronous_commit", "fsync", "full_page_writes")) {
                try (ResultSet r = s.executeQuery("SHOW " + setting)) {
                    r.next();
                    assertThat(r.getString(1)).as(setting).isEqualTo("on");
                }
            }
        }
    }

    @Test
    void everyServiceRefusesAnonymousAdminCalls() {
        for (String service : SERVICES) {
            given().get(E2eStack.url(service) + "/admin/messaging/counts").then().statusCode(401);
            given().auth().preemptive().basic("admin", E2eStack.adminPassword(service))
                    .get(E2eStack.url(service) + "/admin/messaging/counts").then().statusCode(200);
            for (String other : SERVICES) {
                if (!other.equals(service)) {
                    // another service's admin password does not open this one
                    given().auth().preemptive().basic("admin", E2eStack.adminPassword(other))
                            .get(E2eStack.url(service) + "/admin/messaging/counts").then().statusCode(401);
                }
            }
        }
    }
}
