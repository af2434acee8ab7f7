package kz.egov.mio;

import static io.restassured.RestAssured.given;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import kz.egov.eds.identity.IinGenerator;
import kz.egov.eds.identity.Sex;
import kz.egov.testinfra.EgovInfrastructureResource;

/** Officers a test adds through the admin API (the seeded ones stay as the other tests expect them). */
final class NewOfficers {

    static final String PASSWORD = "Officer-pass-2026";
    private static final AtomicInteger NEXT = new AtomicInteger(20);

    private NewOfficers() {
    }

    /** A new specialist of ec-43 with {@link #PASSWORD}; its IIN. */
    static String add() {
        String iin = IinGenerator.nth(LocalDate.of(1988, 8, 8), Sex.FEMALE, NEXT.getAndIncrement());
        admin().body(Map.of("providerId", "ec-43", "iin", iin, "surname", "Сапарова", "givenName", "Алия",
                "roles", List.of("SPECIALIST"), "password", PASSWORD)).post("/admin/officers").then().statusCode(200);
        return iin;
    }

    static Response signIn(String iin, String password) {
        return given().contentType(ContentType.JSON).body(Map.of("iin", iin, "password", password))
                .post("/api/sign-in");
    }

    static io.restassured.specification.RequestSpecification admin() {
        return given().auth().preemptive().basic("admin", EgovInfrastructureResource.ADMIN_PASSWORD)
                .contentType(ContentType.JSON);
    }
}
