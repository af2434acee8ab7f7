package kz.egov.cli.stack;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** Process handles by pid: is it (still) ours, signal it, wait for it to end. */
final class Processes {

    private Processes() {
    }

    /** The live process {@code pid} if its command line contains {@code marker} (a reused pid is not ours). */
    static Optional<ProcessHandle> alive(long pid, String marker) {
        return ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                .filter(h -> h.info().commandLine().or(() -> h.info().command()).map(c -> c.contains(marker))
                        .orElse(true));
    }

    /** SIGTERM, then SIGKILL after {@code grace}; true if it ended within the grace period. */
    static boolean terminate(ProcessHandle h, Duration grace) {
        h.destroy();
        if (awaitExit(h, grace)) {
            return true;
        }
        h.destroyForcibly();
        awaitExit(h, Duration.ofSeconds(10));
        return false;
    }

    static boolean awaitExit(ProcessHandle h, Duration timeout) {
        try {
            h.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (java.util.concurrent.TimeoutException e) {
            return !h.isAlive();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !h.isAlive();
        } catch (java.util.concurrent.ExecutionException e) {
            return !h.isAlive();
        }
    }

    /** Sends a signal by name (INT, TERM, QUIT, ...) with kill(1): Java only offers TERM and KILL. */
    static void signal(long pid, String signal) {
        try {
            new ProcessBuilder("kill", "-" + signal, Long.toString(pid)).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor(10, TimeUnit.SECONDS);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
