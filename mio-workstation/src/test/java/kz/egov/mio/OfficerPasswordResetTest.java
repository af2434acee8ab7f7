package kz.egov.mio;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import kz.egov.testinfra.EgovInfrastructureResource;
import org.junit.jupiter.api.Test;

/**
 * Issue [wave 2 · 6/16]: "an admin password reset ends that user's sessions; officers' and operators' passwords follow
 * the citizens' rules".
 */
@QuarkusTest
@QuarkusTestResource(value = EgovInfrastructureResource.class, restrictToAnnotatedClass = false)
class OfficerPasswordResetTest {

    @Test
    void aResetEndsEverySessionOfTheOldPasswordAndLiftsTheLock() {
        String iin = NewOfficers.add();
        String token = NewOfficers.signIn(iin, NewOfficers.PASSWORD).then().statusCode(200).extract().path("token");
        given().header("Authorization", "Bearer " + token).get("/api/queue").then().statusCode(200);
        for (int i = 0; i < 5; i++) {
            NewOfficers.signIn(iin, "Wrong-pass-" + i);
        }
        NewOfficers.signIn(iin, NewOfficers.PASSWORD).then().statusCode(423);

        NewOfficers.admin().body(Map.of("password", "Reset-pass-2027")).put("/admin/officers/" + iin).then()
                .statusCode(200).body("locked", equalTo(false));

        given().header("Authorization", "Bearer " + token).get("/api/queue").then().statusCode(401);
        NewOfficers.signIn(iin, NewOfficers.PASSWORD).then().statusCode(401);
        NewOfficers.signIn(iin, "Reset-pass-2027").then().statusCode(200);
    }

    @Test
    void aWeakPasswordIsRefusedByTheCitizensRules() {
        String iin = NewOfficers.add();
        for (String weak : new String[] {"short1", "onlyletters", iin + "a", "1111111a"}) {
            NewOfficers.admin().body(Map.of("password", weak)).put("/admin/officers/" + iin).then().statusCode(400)
                    .body("code", equalTo("AUTH_WEAK_PASSWORD"));
        }
        NewOfficers.signIn(iin, NewOfficers.PASSWORD).then().statusCode(200);
    }
}
