package kz.egov.platform.pki;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Optional;

/** Key directories as a deployment is given them, and the service's settings over them. */
final class Keys {

    private Keys() {
    }

    /** A key file (its content plays no part in custody), mode 600 unless {@code mode} says otherwise. */
    static Path file(Path dir, String name, String mode) {
        try {
            Files.createDirectories(dir);
            Path f = dir.resolve(name);
            Files.write(f, new byte[] {0x30});
            Files.setPosixFilePermissions(f, PosixFilePermissions.fromString(mode));
            return f;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static PkiSettings settings(String deployment, Path keys, Path trust) {
        return new PkiSettings() {
            @Override
            public Path trustDir() {
                return trust;
            }

            @Override
            public Optional<URI> ocspUrl() {
                return Optional.empty();
            }

            @Override
            public Duration ocspFreshness() {
                return Duration.ofMinutes(5);
            }

            @Override
            public boolean crlFallback() {
                return false;
            }

            @Override
            public Path keysDir() {
                return keys;
            }

            @Override
            public String keyPassword() {
                return "unused";
            }

            @Override
            public String deployment() {
                return deployment;
            }
        };
    }
}
