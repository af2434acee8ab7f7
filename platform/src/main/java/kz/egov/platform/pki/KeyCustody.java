package kz.egov.platform.pki;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;

import io.quarkus.runtime.StartupEvent;
import kz.egov.contract.topic.Deployment;
import kz.egov.reference.Hosting;
import org.jboss.logging.Logger;

/**
 * A service holds the keys of the participants it hosts and nothing more (docs/operations.md, "Trust boundaries"): at
 * start, before anything else, it refuses
 * <ul>
 * <li>a key file in its keys directory of a participant its deployment does not host ({@link Hosting}), or of no
 * participant at all (a CA's key, say);</li>
 * <li>a key file its owner does not alone read (group or others may read it);</li>
 * <li>any key file in its trust directory (the НУЦ's keys, which only the НУЦ holds).</li>
 * </ul>
 * A refusal stops the service: it does not start with keys it should not have.
 */
@ApplicationScoped
public class KeyCustody {

    private static final Logger LOG = Logger.getLogger(KeyCustody.class);
    private static final List<String> KEY_SUFFIXES = List.of(".p12", ".pfx", ".jks", ".key", ".p8");
    private static final Set<PosixFilePermission> OTHERS = Set.of(PosixFilePermission.GROUP_READ,
            PosixFilePermission.GROUP_WRITE, PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE);

    private final PkiSettings settings;

    KeyCustody(PkiSettings settings) {
        this.settings = settings;
    }

    void onStart(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) StartupEvent event) {
        Deployment deployment = Deployment.byId(settings.deployment());
        List<String> violations = violations(deployment, settings.keysDir(), settings.trustDir());
        if (!violations.isEmpty()) {
            throw new KeyCustodyException(deployment, violations);
        }
        LOG.infof("%s holds the keys of its own participants only (%s)", deployment.id(), settings.keysDir());
    }

    /** What {@code deployment} must not start with: empty when its keys and trust directories are as they should be. */
    public static List<String> violations(Deployment deployment, Path keysDir, Path trustDir) {
        List<String> found = new ArrayList<>();
        for (Path file : files(keysDir, 1)) {
            String name = file.getFileName().toString();
            if (!isKey(name)) {
                continue;
            }
            String participant = name.substring(0, name.lastIndexOf('.'));
            if (!Hosting.hosts(deployment, participant)) {
                found.add(file + ": the key of " + participant + ", which " + deployment.id() + " does not host");
            } else if (readableByOthers(file)) {
                found.add(file + ": readable by others than its owner (chmod 600)");
            }
        }
        for (Path file : files(trustDir, Integer.MAX_VALUE)) {
            if (isKey(file.getFileName().toString())) {
                found.add(file + ": a key in the trust directory (only the НУЦ holds its keys)");
            }
        }
        return found;
    }

    private static boolean isKey(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return KEY_SUFFIXES.stream().anyMatch(lower::endsWith);
    }

    private static boolean readableByOthers(Path file) {
        try {
            if (!Files.getFileStore(file).supportsFileAttributeView("posix")) {
                return false;
            }
            return Files.getPosixFilePermissions(file).stream().anyMatch(OTHERS::contains);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> files(Path dir, int depth) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.walk(dir, depth)) {
            return s.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The service does not start: it was given keys it must not hold. */
    public static final class KeyCustodyException extends IllegalStateException {

        private static final long serialVersionUID = 1L;

        KeyCustodyException(Deployment deployment, List<String> violations) {
            super(deployment.id() + " refuses to start with keys it must not hold:" + System.lineSeparator() + "  "
                    + String.join(System.lineSeparator() + "  ", violations));
        }
    }
}
