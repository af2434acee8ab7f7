package kz.egov.corp;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.time.LocalDate;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import kz.egov.eds.identity.IinGenerator;
import kz.egov.eds.identity.Sex;
import kz.egov.testinfra.EgovInfrastructureResource;
import org.junit.jupiter.api.Test;

/**
 * Issue [wave 2 · 6/16]: "an admin password reset ends that user's sessions; officers' and operators' passwords follow
 * the citizens' rules"; failures are counted per operator whether it signs in by login or by IIN.
 */
@QuarkusTest
@QuarkusTestResource(value = EgovInfrastructureResource.class, restrictToAnnotatedClass = false)
class OperatorPasswordResetTest {

    private static final String PASSWORD = "Operator-pass-2026";

    @Test
    void aResetEndsEverySessionOfTheOldPasswordAndLiftsTheLock() {
        String iin = IinGenerator.nth(LocalDate.of(1991, 3, 3), Sex.FEMALE, 11);
        int id = admin().body(Map.of("branchId", "con-47", "login", "reset-desk-1", "iin", iin, "surname", "Ахметова",
                "givenName", "Сауле", "password", PASSWORD)).post("/admin/operators").then().statusCode(201)
                .extract().path("id");
        String token = signIn("reset-desk-1", PASSWORD).then().statusCode(200).extract().path("token");
        Desk.as(token).get("/api/services").then().statusCode(200);
        for (int i = 0; i < 5; i++) {
            // by login and by IIN alike: one count
            signIn(i % 2 == 0 ? "reset-desk-1" : iin, "Wrong-pass-" + i);
        }
        signIn(iin, PASSWORD).then().statusCode(423).body("code", equalTo("AUTH_ACCOUNT_LOCKED"));

        admin().body(Map.of("password", "Reset-pass-2027")).patch("/admin/operators/" + id).then().statusCode(200);

        Desk.as(token).get("/api/services").then().statusCode(401);
        signIn("reset-desk-1", PASSWORD).then().statusCode(401);
        signIn("reset-desk-1", "Reset-pass-2027").then().statusCode(200);
    }

    @Test
    void aWeakPasswordIsRefusedByTheCitizensRules() {
        String iin = IinGenerator.nth(LocalDate.of(1991, 3, 3), Sex.FEMALE, 12);
        admin().body(Map.of("branchId", "con-47", "login", "weak-desk-1", "iin", iin, "surname", "Ахметова",
                "givenName", "Сауле", "password", "a-long-password")).post("/admin/operators").then().statusCode(400)
                .body("code", equalTo("AUTH_WEAK_PASSWORD"));
    }

    private static Response signIn(String login, String password) {
        return given().contentType("application/json").body(Map.of("login", login, "password", password))
                .post("/api/auth/sign-in");
    }

    private static RequestSpecification admin() {
        return given().auth().preemptive().basic("admin", EgovInfrastructureResource.ADMIN_PASSWORD)
                .contentType("application/json");
    }
}
