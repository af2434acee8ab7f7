package kz.egov.portal;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import kz.egov.contract.message.PersonRecord;
import kz.egov.contract.reason.ReasonCode;
import kz.egov.testinfra.EgovInfrastructureResource;
import kz.egov.testinfra.TestPeople;
import org.junit.jupiter.api.Test;

/** Registration bound to the citizen's EDS, process 1 and condition 1 (sign-in), process 2 (refusal), the lock. */
@QuarkusTest
@QuarkusTestResource(value = EgovInfrastructureResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = GatewayStandIn.class, restrictToAnnotatedClass = false)
class AccountTest {

    @Inject
    EntityManager em;

    @Test
    void registration_isProvenBySigningTheChallengeWithTheCitizensOwnEds() {
        PersonRecord p = Portal.nextPerson();
        Portal.register(p, TestPeople.citizen(p), Portal.PASSWORD, "kk").then().statusCode(201)
                .body("iin", equalTo(p.iin())).body("language", equalTo("kk")).body("surname", equalTo(p.surname()));
    }

    @Test
    void registration_withSomeoneElsesCertificateIsRefused() {
        PersonRecord p = Portal.nextPerson();
        PersonRecord other = Portal.nextPerson();
        Portal.register(p, TestPeople.citizen(other), Portal.PASSWORD, "ru").then().statusCode(400)
                .contentType("application/problem+json").body("code", equalTo(ReasonCode.EDS_IIN_MISMATCH.code()));
    }

    @Test
    void registration_refusesAWeakPasswordAndASecondAccount() {
        PersonRecord p = Portal.nextPerson();
        TestPeople.PersonKey key = TestPeople.citizen(p);
        Portal.register(p, key, "password", "ru").then().statusCode(400)
                .body("code", equalTo(ReasonCode.AUTH_WEAK_PASSWORD.code()));
        Portal.register(p, key, Portal.PASSWORD, "ru").then().statusCode(201);
        Portal.register(p, key, Portal.PASSWORD, "ru").then().statusCode(409)
                .body("code", equalTo(ReasonCode.AUTH_ALREADY_REGISTERED.code()));
    }

    @Test
    void registration_challengeIsSingleUse() {
        PersonRecord p = Portal.nextPerson();
        TestPeople.PersonKey key = TestPeople.citizen(p);
        String challenge = given().contentType(ContentType.JSON).body(Map.of("iin", p.iin()))
                .post("/api/accounts/challenge").then().statusCode(200).extract().path("challenge");
        String signature = Portal.b64(key.sign(challenge.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        Map<String, String> form = Map.of("iin", p.iin(), "password", Portal.PASSWORD, "challenge", challenge,
                "signature", signature);
        given().contentType(ContentType.JSON).body(form).post("/api/accounts").then().statusCode(201);
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("DELETE FROM citizen_account WHERE iin = ?1")
                .setParameter(1, p.iin()).executeUpdate());
        given().contentType(ContentType.JSON).body(form).post("/api/accounts").then().statusCode(400)
                .body("code", equalTo(ReasonCode.VALIDATION_FAILED.code()));
    }

    @Test
    void process1_signInGivesAShortLivedTokenAndSignOutEndsIt() {
        Portal.Citizen c = Portal.newCitizen();
        c.api().get("/api/accounts/me").then().statusCode(200).body("iin", equalTo(c.iin()));
        String expiresAt = Portal.signIn(c.iin(), Portal.PASSWORD).then().statusCode(201).extract().path("expiresAt");
        assertThat(java.time.Instant.parse(expiresAt)).isBefore(java.time.Instant.now().plusSeconds(31 * 60));
        c.api().delete("/api/sessions").then().statusCode(204);
        c.api().get("/api/accounts/me").then().statusCode(401).body("code", equalTo(ReasonCode.AUTH_TOKEN_INVALID.code()));
    }

    @Test
    void condition1_anUnregisteredCitizenGetsTheAuthorizationRefusal_process2() {
        // the same refusal as a wrong password ([wave 2 · 6/16]: the answer does not tell which IINs have accounts)
        Portal.signIn(Portal.nextPerson().iin(), Portal.PASSWORD).then().statusCode(401)
                .contentType("application/problem+json").body("code", equalTo(ReasonCode.AUTH_BAD_CREDENTIALS.code()))
                .body("title", equalTo(ReasonCode.AUTH_BAD_CREDENTIALS.russian()));
    }

    @Test
    void condition1_aWrongPasswordIsRefusedInTheCitizensLanguage() {
        Portal.Citizen c = Portal.newCitizen("kk");
        Portal.signIn(c.iin(), "Wrong-password-1").then().statusCode(401)
                .body("code", equalTo(ReasonCode.AUTH_BAD_CREDENTIALS.code()))
                .body("title", equalTo(ReasonCode.AUTH_BAD_CREDENTIALS.kazakh()));
        given().header("Accept-Language", "ru").contentType(ContentType.JSON)
                .body(Map.of("iin", c.iin(), "password", "Wrong-password-1")).post("/api/sessions").then()
                .statusCode(401).body("title", equalTo(ReasonCode.AUTH_BAD_CREDENTIALS.russian()));
    }

    @Test
    void security_repeatedFailuresLockTheAccountForAWhile() {
        Portal.Citizen c = Portal.newCitizen();
        for (int i = 0; i < 4; i++) {
            Portal.signIn(c.iin(), "Wrong-password-" + i).then().statusCode(401)
                    .body("code", equalTo(ReasonCode.AUTH_BAD_CREDENTIALS.code()));
        }
        Portal.signIn(c.iin(), "Wrong-password-5").then().statusCode(423)
                .body("code", equalTo(ReasonCode.AUTH_ACCOUNT_LOCKED.code()));
        Portal.signIn(c.iin(), Portal.PASSWORD).then().statusCode(423)
                .body("code", equalTo(ReasonCode.AUTH_ACCOUNT_LOCKED.code()));
        // the lock runs out (15 minutes later)
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("UPDATE sign_in_guard SET locked_until = "
                + "now() - interval '1 second' WHERE guard_key = ?1").setParameter(1, c.iin()).executeUpdate());
        Portal.signIn(c.iin(), Portal.PASSWORD).then().statusCode(201);
    }

    @Test
    void security_anExpiredTokenIsRefused() {
        Portal.Citizen c = Portal.newCitizen();
        c.api().get("/api/accounts/me").then().statusCode(200);
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("UPDATE citizen_session SET expires_at = "
                + "now() - interval '1 second' WHERE iin = ?1").setParameter(1, c.iin()).executeUpdate());
        c.api().get("/api/accounts/me").then().statusCode(401)
                .header("WWW-Authenticate", startsWith("Bearer"))
                .body("code", equalTo(ReasonCode.AUTH_TOKEN_INVALID.code()));
    }

    @Test
    void security_aTamperedTokenIsRefused() {
        Portal.Citizen c = Portal.newCitizen();
        char last = c.token().charAt(c.token().length() - 1);
        String tampered = c.token().substring(0, c.token().length() - 1) + (last == 'A' ? 'B' : 'A');
        given().header("Authorization", "Bearer " + tampered).get("/api/accounts/me").then().statusCode(401)
                .body("code", equalTo(ReasonCode.AUTH_TOKEN_INVALID.code()));
        given().get("/api/requests").then().statusCode(401).body("code", equalTo(ReasonCode.UNAUTHENTICATED.code()));
    }

    @Test
    void passwordChange_needsTheCurrentPasswordAndEndsOtherSessions() {
        Portal.Citizen c = Portal.newCitizen();
        String other = Portal.signIn(c.iin(), Portal.PASSWORD).then().extract().path("token");
        c.api().contentType(ContentType.JSON).body(Map.of("currentPassword", "nope-123456", "newPassword", "New-pass-2026"))
                .put("/api/accounts/me/password").then().statusCode(401);
        c.api().contentType(ContentType.JSON).body(Map.of("currentPassword", Portal.PASSWORD, "newPassword", "New-pass-2026"))
                .put("/api/accounts/me/password").then().statusCode(204);
        c.api().get("/api/accounts/me").then().statusCode(200);
        given().header("Authorization", "Bearer " + other).get("/api/accounts/me").then().statusCode(401);
        Portal.signIn(c.iin(), Portal.PASSWORD).then().statusCode(401);
        Portal.signIn(c.iin(), "New-pass-2026").then().statusCode(201);
    }

    @Test
    void language_theCitizenChoosesKazakhOrRussian() {
        Portal.Citizen c = Portal.newCitizen("ru");
        c.api().contentType(ContentType.JSON).body(Map.of("language", "kk")).put("/api/accounts/me/language").then()
                .statusCode(200).body("language", equalTo("kk"));
        c.api().get("/api/requests/no-such-request").then().statusCode(404)
                .body("title", equalTo(ReasonCode.NOT_FOUND.kazakh()));
    }
}
