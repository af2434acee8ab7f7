package kz.egov.e2e;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import kz.egov.cli.stack.LocalStack;
import kz.egov.cli.stack.RunningStack;
import kz.egov.cli.stack.StackConfig;
import kz.egov.cli.stack.StackLayout;

/**
 * The whole system, started once per test JVM exactly as {@code ./egov up} starts it — a Kafka broker process,
 * PostgreSQL, the development НУЦ, the five service jars as separate processes with bounded heaps — on free ports
 * and in a data directory of its own under target/, so it never collides with a running local stack.
 */
public final class E2eStack {

    private static RunningStack stack;

    private E2eStack() {
    }

    public static synchronized RunningStack get() {
        if (stack == null) {
            Path root = Path.of(System.getProperty("egov.root", "..")).toAbsolutePath().normalize();
            Path data = root.resolve("e2e-tests/target/e2e-stack");
            try {
                Files.createDirectories(data);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            StackLayout layout = StackLayout.of(root).withDataDir(data);
            LocalStack.reset(layout);
            StackConfig config = StackConfig.defaults(layout).withFreePorts().withReadyTimeout(Duration.ofMinutes(4));
            stack = LocalStack.start(config, new PrintStream(System.out, true)).stopOnExit();
        }
        return stack;
    }

    public static String url(String service) {
        return get().baseUrl(service);
    }

    /** {@code service}'s management interface: health, metrics, OpenAPI, Swagger UI (none of them on its API port). */
    public static String managementUrl(String service) {
        return get().managementUrl(service);
    }

    /** {@code service}'s own admin password (each service has its own). */
    public static String adminPassword(String service) {
        return get().secrets().adminPassword(service);
    }
}
