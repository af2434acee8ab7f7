package kz.egov.corp;

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
 * parts are read": a package of scans declaring 50 MB, of which a few bytes are sent, is answered on its head alone.
 */
@QuarkusTest
@QuarkusTestResource(value = EgovInfrastructureResource.class, restrictToAnnotatedClass = false)
class PackageUploadWithoutSessionTest {

    @TestHTTPResource("/")
    URI base;

    @Test
    void aPackageWithoutASessionIsRefusedBeforeItsScansAreRead() throws Exception {
        assertThat(HeadOnly.uploadStatus(base, "/api/packages", "Bearer not-a-session", 10_000)).isEqualTo(401);
    }

    @Test
    void anOperatorsPackageIsRead() throws Exception {
        String token = Desk.signIn("con-47", 1);
        assertThat(HeadOnly.uploadStatus(base, "/api/packages", "Bearer " + token, 2_000)).isZero();
    }
}
