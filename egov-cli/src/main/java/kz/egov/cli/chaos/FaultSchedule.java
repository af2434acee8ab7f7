package kz.egov.cli.chaos;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.IntSupplier;

import kz.egov.cli.stack.StackFaults;

/**
 * Runs the faults one after another while the stream goes on. The stream is cut into {@code F + 1} equal parts: fault
 * {@code k} starts once the first {@code k + 1} parts have their answers, the part after it is submitted while the
 * fault is on, and the stream goes past that part only once the fault has recovered ({@link #await}). So every fault
 * has requests in flight before it, during it and after it.
 */
final class FaultSchedule implements Runnable, Submitter.Gate {

    private final List<Fault> faults;
    private final StackFaults stack;
    private final IntSupplier answered;
    private final int total;
    private final Consumer<String> log;
    private final List<FaultOutcome> done = new ArrayList<>();
    private volatile boolean streamEnded;
    private volatile int finished;
    private volatile boolean aborted;
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

    private int threshold(int k) {
        return (int) ((long) total * (k + 1) / (faults.size() + 1));
    }

    /** Request {@code index} waits while a fault whose part of the stream lies before it has not recovered. */
    @Override
    public void await(int index) {
        int needed = 0;
        for (int k = 0; k + 1 < faults.size(); k++) {
            if (threshold(k + 1) <= index) {
                needed = k + 1;
            }
        }
        while (finished < needed && !aborted) {
            Politely.sleep(100);
        }
    }

    @Override
    public void run() {
        for (int i = 0; i < faults.size(); i++) {
            int threshold = threshold(i);
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
                finished = i + 1;
            } catch (RuntimeException e) {
                synchronized (done) {
                    done.add(new FaultOutcome(f.name(), at, before, null, e.getMessage()));
                }
                log.accept("    " + f.name() + " FAILED: " + e.getMessage());
                aborted = true;
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
