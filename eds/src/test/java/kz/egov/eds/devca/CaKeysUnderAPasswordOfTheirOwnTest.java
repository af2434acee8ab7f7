package kz.egov.eds.devca;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.stream.Stream;

import kz.egov.eds.algorithm.SignatureAlgorithm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The development НУЦ's own keys stay with it: under the password it is opened with (a stack's generated one), mode
 * 600, and never in {@code trust/}, the only part of it a service is given (docs/operations.md, "Trust boundaries").
 */
class CaKeysUnderAPasswordOfTheirOwnTest {

    private static final char[] GENERATED = "generated-ca-password".toCharArray();

    @Test
    void the_keys_open_only_with_the_password_and_only_their_owner_reads_them(@TempDir Path dir) throws IOException {
        DevCertificateAuthority ca = DevCertificateAuthority.openOrCreate(dir, Clock.systemUTC(),
                DevCertificateAuthority.ALGORITHMS, GENERATED);
        ca.issue(DevSubject.system("p-1", "Participant", "000740001307"), SignatureAlgorithm.RSA_SHA256);

        assertThatThrownBy(() -> DevCertificateAuthority.openOrCreate(dir, Clock.systemUTC(),
                DevCertificateAuthority.ALGORITHMS, "wrong".toCharArray())).isInstanceOf(RuntimeException.class);
        assertThat(DevCertificateAuthority.openOrCreate(dir, Clock.systemUTC(), DevCertificateAuthority.ALGORITHMS,
                GENERATED).algorithms()).isEqualTo(ca.algorithms());
        try (Stream<Path> keys = Files.list(dir)) {
            for (Path key : keys.filter(f -> f.toString().endsWith(".p12")).toList()) {
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(key))).as(key.toString())
                        .isEqualTo("rw-------");
            }
        }
    }

    @Test
    void the_published_directory_holds_certificates_and_crls_and_no_key(@TempDir Path dir) throws IOException {
        DevCertificateAuthority ca = DevCertificateAuthority.openOrCreate(dir, Clock.systemUTC(),
                DevCertificateAuthority.ALGORITHMS, GENERATED);
        ca.publishCrls();
        try (Stream<Path> published = Files.walk(ca.trustDirectory())) {
            assertThat(published.filter(Files::isRegularFile).map(p -> p.getFileName().toString()))
                    .isNotEmpty().allMatch(n -> n.endsWith(".cer") || n.endsWith(".crl"));
        }
        assertThat(ca.certificateFile(SignatureAlgorithm.RSA_SHA256, true)).exists();
        assertThat(ca.crlFile(SignatureAlgorithm.GOST2015_512)).exists();
    }

    @Test
    void keys_made_under_the_default_password_are_written_again_under_the_stacks_own(@TempDir Path dir) {
        DevCertificateAuthority.openOrCreate(dir, Clock.systemUTC());

        DevCertificateAuthority.openOrCreate(dir, Clock.systemUTC(), DevCertificateAuthority.ALGORITHMS, GENERATED);

        assertThatThrownBy(() -> DevCertificateAuthority.openOrCreate(dir, Clock.systemUTC()))
                .as("the default password no longer opens them").isInstanceOf(RuntimeException.class);
    }
}
