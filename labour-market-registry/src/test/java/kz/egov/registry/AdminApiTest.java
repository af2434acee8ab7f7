package kz.egov.registry;

import static io.restassured.RestAssured.given;
import static kz.egov.contract.message.RegistryCommandType.REFER_TO_MEASURE;
import static kz.egov.contract.message.RegistryCommandType.REGISTER_JOB_SEEKER;
import static kz.egov.registry.Registry.command;
import static kz.egov.registry.Registry.data;
import static kz.egov.registry.Registry.identity;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import kz.egov.contract.message.PersonRecord;
import kz.egov.testinfra.EgovInfrastructureResource;
import org.junit.jupiter.api.Test;

/** Operators read a card and the reconciliation counts; only with platform operator credentials. */
@QuarkusTest
@QuarkusTestResource(value = EgovInfrastructureResource.class, restrictToAnnotatedClass = false)
class AdminApiTest extends WithRegistry {

    static RequestSpecification admin() {
        return given().auth().preemptive().basic("admin", EgovInfrastructureResource.ADMIN_PASSWORD);
    }

    @Test
    void anOperatorReadsACardByIin() {
        PersonRecord citizen = People.anyone();
        registry.send(command(REGISTER_JOB_SEEKER, citizen.iin(), identity(citizen).put("channel", "PORTAL")));

        JsonPath card = admin().get("/admin/cards/" + citizen.iin()).then().statusCode(200).extract().jsonPath();

        assertThat(card.getString("status")).isEqualTo("JOB_SEEKER");
        assertThat(card.getString("identification.givenName")).isEqualTo(citizen.givenName());
        assertThat(card.getList("history")).hasSize(1);
    }

    @Test
    void cardsNeedOperatorCredentialsAndErrorsAreProblems() {
        PersonRecord citizen = People.anyone();
        given().get("/admin/cards/" + citizen.iin()).then().statusCode(401)
                .contentType("application/problem+json").body("code", equalTo("UNAUTHENTICATED"));
        admin().get("/admin/cards/" + citizen.iin()).then().statusCode(404)
                .contentType("application/problem+json").body("code", equalTo("NOT_FOUND"));
        admin().header("Accept-Language", "kk").get("/admin/cards/123456789012").then().statusCode(400)
                .contentType("application/problem+json").body("code", equalTo("EDS_INVALID_IIN"));
    }

    @Test
    void countsReconcileCommandsAndEffects() {
        JsonPath before = admin().get("/admin/registry/counts").then().statusCode(200).extract().jsonPath();
        PersonRecord citizen = People.anyone();
        registry.send(command(REGISTER_JOB_SEEKER, citizen.iin(), identity(citizen).put("channel", "PORTAL")));
        registry.send(command(REFER_TO_MEASURE, citizen.iin(), data("measureKind", "SOCIAL_JOBS", "employer", "ГКП «Горводоканал»")));
        registry.send(command(REGISTER_JOB_SEEKER, citizen.iin(), identity(citizen).put("channel", "PORTAL")));

        JsonPath after = admin().get("/admin/registry/counts").then().statusCode(200).extract().jsonPath();

        assertThat(after.getInt("commandsProcessed")).isEqualTo(before.getInt("commandsProcessed") + 3);
        assertThat(after.getInt("accepted")).isEqualTo(before.getInt("accepted") + 2);
        assertThat(after.getInt("refused")).isEqualTo(before.getInt("refused") + 1);
        assertThat(after.getInt("effectsByType.REGISTER_JOB_SEEKER"))
                .isEqualTo(count(before, "effectsByType.REGISTER_JOB_SEEKER") + 1);
        assertThat(after.getInt("effectsByType.REFER_TO_MEASURE"))
                .isEqualTo(count(before, "effectsByType.REFER_TO_MEASURE") + 1);
        assertThat(after.getInt("commandsWithRepeatedEffect")).isZero();
        assertThat(after.getInt("employmentRecords")).isPositive();
    }

    private static int count(JsonPath json, String path) {
        Integer v = json.get(path);
        return v == null ? 0 : v;
    }
}
