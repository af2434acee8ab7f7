package kz.egov.cli.stack;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the services whose {@code quarkus-run.jar} is missing, with the Maven wrapper (serialised by
 * {@code flock /tmp/egov-maven.lock} where flock exists). Only the services and what they need are built: egov-cli
 * itself is running and its jar must not be rewritten under it. With {@code -Degov.stack.build=false} (e.g. inside a
 * Maven build that already holds the lock) a missing jar is an error instead.
 */
final class ServiceBuild {

    static final Path FLOCK = Path.of("/usr/bin/flock");
    static final String LOCK = "/tmp/egov-maven.lock";

    private ServiceBuild() {
    }

    static List<ServiceDefinition> missing(StackConfig config) {
        return config.services().stream().filter(s -> !Files.isRegularFile(config.layout().serviceJar(s))).toList();
    }

    static void ensureBuilt(StackConfig config, PrintStream out) {
        List<ServiceDefinition> missing = missing(config);
        if (missing.isEmpty()) {
            return;
        }
        if ("false".equals(System.getProperty("egov.stack.build"))) {
            throw new StackException("not built: " + config.layout().serviceJar(missing.get(0))
                    + " (egov.stack.build=false); run ./mvnw -DskipTests install first");
        }
        List<String> cmd = command(config);
        out.println("Building " + String.join(", ", missing.stream().map(ServiceDefinition::name).toList())
                + ": " + String.join(" ", cmd));
        try {
            int rc = new ProcessBuilder(cmd).directory(config.layout().repoRoot().toFile()).inheritIO().start()
                    .waitFor();
            if (rc != 0) {
                throw new IllegalStateException("the build failed (exit " + rc + ")");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while building", e);
        }
        List<ServiceDefinition> still = missing(config);
        if (!still.isEmpty()) {
            throw new IllegalStateException("still missing after the build: " + config.layout().serviceJar(still.get(0)));
        }
    }

    static List<String> command(StackConfig config) {
        List<String> cmd = new ArrayList<>();
        if (Files.isExecutable(FLOCK)) {
            cmd.addAll(List.of(FLOCK.toString(), "-w", "1800", LOCK));
        }
        cmd.addAll(List.of("./mvnw", "-B", "-q", "-DskipTests", "install", "-am", "-pl",
                String.join(",", config.services().stream().map(ServiceDefinition::module).toList())));
        return cmd;
    }
}
