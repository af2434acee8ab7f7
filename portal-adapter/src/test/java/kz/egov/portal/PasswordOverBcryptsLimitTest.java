package kz.egov.portal;

import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import kz.egov.contract.message.PersonRecord;
import kz.egov.contract.reason.ReasonCode;
import kz.egov.testinfra.EgovInfrastructureResource;
import kz.egov.testinfra.TestPeople;
import org.junit.jupiter.api.Test;

/**
 * Issue [wave 2 · 6/16]: "passwords over bcrypt's 72 bytes handled": refused at registration with what is wrong
 * (bcrypt would silently read only the first 72 bytes), and at sign-in a wrong password like any other, never a 500.
 */
@QuarkusTest
@QuarkusTestResource(value = EgovInfrastructureResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = GatewayStandIn.class, restrictToAnnotatedClass = false)
class PasswordOverBcryptsLimitTest {

    /** 50 characters, 94 bytes in UTF-8 (a Cyrillic letter takes two). */
    private static final String LONG = "Пароль1".repeat(5) + "Кызылорда2" + "абвгд";

    @Test
    void aPasswordOfMoreThanSeventyTwoBytesIsRefusedAtRegistration() {
        PersonRecord p = Portal.nextPerson();
        Portal.register(p, TestPeople.citizen(p), LONG, "ru").then().statusCode(400)
                .body("code", equalTo(ReasonCode.AUTH_WEAK_PASSWORD.code()));
    }

    @Test
    void andAtSignInItIsAWrongPassword() {
        Portal.Citizen c = Portal.newCitizen();
        Portal.signIn(c.iin(), Portal.PASSWORD + "x".repeat(100)).then().statusCode(401)
                .body("code", equalTo(ReasonCode.AUTH_BAD_CREDENTIALS.code()));
    }
}
