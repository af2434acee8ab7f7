package kz.egov.cli.stack;

import java.io.PrintStream;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Waits until every service answers UP on {@code /q/health/ready} of its management port; fails fast when a process
 * ends.
 */
final class StackReadiness {

    private static final long POLL_MS = 250;

    private StackReadiness() {
    }

    static void await(RunningStack stack, PrintStream out, long t0) {
        StackConfig config = stack.config();
        long deadline = System.nanoTime() + config.readyTimeout().toNanos();
        Set<String> ready = new HashSet<>();
        out.printf("Waiting for %d services to become ready (timeout %d s)...%n", config.services().size(),
                config.readyTimeout().toSeconds());
        while (ready.size() < config.services().size()) {
            List<ChildProcess> exited = stack.exited();
            if (!exited.isEmpty()) {
                ChildProcess p = exited.get(0);
                throw new StackException(p.name() + " exited with " + p.process().exitValue() + "; last lines of "
                        + p.log() + ":" + System.lineSeparator() + p.logTail(30));
            }
            for (ServiceDefinition s : config.services()) {
                if (!ready.contains(s.name()) && HealthProbe.ready(config.managementUrl(s)) == HealthProbe.Health.READY) {
                    ready.add(s.name());
                    out.printf("  %-24s ready after %5.1f s%n", s.name(), (System.nanoTime() - t0) / 1e9);
                }
            }
            if (ready.size() < config.services().size()) {
                if (System.nanoTime() > deadline) {
                    List<String> waiting = config.services().stream().map(ServiceDefinition::name)
                            .filter(n -> !ready.contains(n)).toList();
                    throw new StackException("not ready after " + config.readyTimeout().toSeconds() + " s: "
                            + String.join(", ", waiting) + " (see " + config.layout().logsDir() + ")");
                }
                sleep();
            }
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(POLL_MS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StackException("interrupted while waiting for the services");
        }
    }
}
