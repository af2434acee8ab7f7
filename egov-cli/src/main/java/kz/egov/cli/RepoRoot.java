package kz.egov.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The repository root: the {@code egov.home} system property (set by the {@code ./egov} script), else the nearest
 * directory upwards from the current one that holds the {@code egov} script and a {@code pom.xml}.
 */
public final class RepoRoot {

    public static final String PROPERTY = "egov.home";

    private RepoRoot() {
    }

    public static Path locate() {
        String home = System.getProperty(PROPERTY);
        if (home != null && !home.isBlank()) {
            return Path.of(home).toAbsolutePath().normalize();
        }
        Path cwd = Path.of("").toAbsolutePath().normalize();
        for (Path p = cwd; p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve("egov")) && Files.isRegularFile(p.resolve("pom.xml"))) {
                return p;
            }
        }
        return cwd;
    }
}
