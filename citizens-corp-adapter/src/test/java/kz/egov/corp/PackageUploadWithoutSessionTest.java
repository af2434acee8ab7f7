package kz.egov.corp;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Map;

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

    private static final long DECLARED = 50L * 1024 * 1024;
    private static final String MULTIPART = "multipart/form-data; boundary=b";

    @TestHTTPResource("/")
    URI base;

    @Test
    void aPackageWithoutASessionIsRefusedBeforeItsScansAreRead() throws Exception {
        assertThat(HeadOnly.statusOf(base, "/api/packages",
                Map.of("Content-Type", MULTIPART, "Authorization", "Bearer not-a-session"), DECLARED, 10_000))
                .isEqualTo(401);
    }

    @Test
    void anOperatorsPackageIsRead() throws Exception {
        String token = Desk.signIn("con-47", 1);
        assertThat(HeadOnly.statusOf(base, "/api/packages",
                Map.of("Content-Type", MULTIPART, "Authorization", "Bearer " + token), DECLARED, 2_000)).isZero();
    }
}
