package kz.egov.cli.chaos;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.IntSupplier;

import kz.egov.cli.stack.StackFaults;

/**
 * Runs the faults one after another while the stream goes on: fault {@code i} of {@code F} starts once
 * {@code (i + 1) / (F + 1)} of the requests have their answer (and the previous fault has recovered), so the faults
 * are spread over the stream; faults still due when the stream ends run at once, while the system works off its
 * queues.
 */
final class FaultSchedule implements Runnable {

    private final List<Fault> faults;
    private final StackFaults stack;
    private final IntSupplier answered;
    private final int total;
    private final Consumer<String> log;
    private final List<FaultOutcome> done = new ArrayList<>();
    private volatile boolean streamEnded;
    private final long t0 = System.nanoTime();

    FaultSchedule(List<Fault> faults, StackFaults stack, IntSupplier answered, int total, Consumer<String> log) {
        this.faults = faults;
        this.stack = stack;
        this.answered = answered;
        this.total = total;
        this.log = log;
    }

    void streamEnded() {
        streamEnded = true;
    }

    @Override
    public void run() {
        for (int i = 0; i < faults.size(); i++) {
            int threshold = (int) ((long) total * (i + 1) / (faults.size() + 1));
            while (!streamEnded && answered.getAsInt() < threshold) {
                Politely.sleep(100);
            }
            Fault f = faults.get(i);
            double at = (System.nanoTime() - t0) / 1e9;
            int before = answered.getAsInt();
            log.accept(String.format("  fault %d/%d at %5.1f s (%d/%d requests answered): %s", i + 1, faults.size(), at,
                    before, total, f.name()));
            try {
                Duration recovery = f.action().apply(stack);
                synchronized (done) {
                    done.add(new FaultOutcome(f.name(), at, before, recovery, null));
                }
                log.accept(String.format("    %s: everything ready again after %.1f s", f.name(),
                        recovery.toMillis() / 1000.0));
            } catch (RuntimeException e) {
                synchronized (done) {
                    done.add(new FaultOutcome(f.name(), at, before, null, e.getMessage()));
                }
                log.accept("    " + f.name() + " FAILED: " + e.getMessage());
                return;
            }
        }
    }

    List<FaultOutcome> done() {
        synchronized (done) {
            return List.copyOf(done);
        }
    }
}
