package kz.egov.portal;

import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;

import jakarta.inject.Inject;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import kz.egov.contract.reason.ReasonCode;
import kz.egov.testinfra.EgovInfrastructureResource;
import kz.egov.testinfra.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A session ends when its time is up by the service's one clock (egov.portal.session-duration, 30 minutes), not the
 * database's: the test moves the clock the portal reads.
 */
@QuarkusTest
@QuarkusTestResource(value = EgovInfrastructureResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = GatewayStandIn.class, restrictToAnnotatedClass = false)
class SessionExpiredTest {

    @Inject
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aTokenIsRefusedOnceTheSessionDurationHasPassed() {
        Portal.Citizen c = Portal.newCitizen();
        c.api().get("/api/accounts/me").then().statusCode(200);
        clock.advance(Duration.ofMinutes(29));
        c.api().get("/api/accounts/me").then().statusCode(200);
        clock.advance(Duration.ofMinutes(2));
        c.api().get("/api/accounts/me").then().statusCode(401)
                .body("code", equalTo(ReasonCode.AUTH_TOKEN_INVALID.code()));
    }
}
