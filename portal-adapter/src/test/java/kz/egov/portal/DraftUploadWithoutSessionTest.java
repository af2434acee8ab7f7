package kz.egov.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import kz.egov.testinfra.EgovInfrastructureResource;
import kz.egov.testinfra.HeadOnly;
import org.junit.jupiter.api.Test;

/**
 * Issue [wave 2 · 6/16]: "multipart parts read before the session is checked … the session checked before multipart
 * parts are read". The uploads here declare 50 MB and send a few bytes of it: an answer proves it was given on the
 * head alone.
 */
@QuarkusTest
@QuarkusTestResource(value = EgovInfrastructureResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = GatewayStandIn.class, restrictToAnnotatedClass = false)
class DraftUploadWithoutSessionTest {

    @TestHTTPResource("/")
    URI base;

    @Test
    void anUploadWithoutASessionIsRefusedBeforeItsBodyIsRead() throws Exception {
        assertThat(HeadOnly.uploadStatus(base, "/api/requests/drafts", null, 10_000)).isEqualTo(401);
    }

    @Test
    void anUploadWithAnEndedSessionIsRefusedBeforeItsBodyIsRead() throws Exception {
        Portal.Citizen c = Portal.newCitizen();
        c.api().delete("/api/sessions").then().statusCode(204);
        assertThat(HeadOnly.uploadStatus(base, "/api/requests/drafts", "Bearer " + c.token(), 10_000)).isEqualTo(401);
    }

    @Test
    void aSignedInCitizensUploadIsRead() throws Exception {
        Portal.Citizen c = Portal.newCitizen();
        // the server waits for the body it was promised: no answer on the head alone
        assertThat(HeadOnly.uploadStatus(base, "/api/requests/drafts", "Bearer " + c.token(), 2_000)).isZero();
    }
}
