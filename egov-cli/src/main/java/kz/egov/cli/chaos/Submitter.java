package kz.egov.cli.chaos;

import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import kz.egov.cli.demo.Api;
import kz.egov.cli.demo.DemoException;

/**
 * Submits the pre-signed requests to the portal at a given rate (a few workers, so one request waiting for a
 * restarting service does not stop the stream), each retried politely with the same draft, signature and
 * idempotency key until the portal answers. Keeps, per request, the portal's request id or why it was refused.
 */
final class Submitter {

    /** What the portal answered for one pre-signed request: its request id, or the refusal. */
    record Outcome(Presigned request, String requestId, int status, String refusal) {

        boolean accepted() {
            return requestId != null;
        }
    }

    private final Politely politely;
    private final double rate;
    private final int workers;
    private final AtomicInteger submitted = new AtomicInteger();
    private final Queue<Outcome> outcomes = new ConcurrentLinkedQueue<>();

    Submitter(Politely politely, double rate, int workers) {
        this.politely = politely;
        this.rate = rate;
        this.workers = workers;
    }

    /** Decides when request {@code index} of the stream may go (the fault schedule holds the stream back). */
    interface Gate {
        void await(int index);

        Gate OPEN = index -> { };
    }

    /** Submits everything, paced at {@code rate} per second; returns when each has its final answer. */
    List<Outcome> run(List<Presigned> requests) {
        return run(requests, Gate.OPEN);
    }

    /** As {@link #run(List)}, each request going only once the gate lets it. */
    List<Outcome> run(List<Presigned> requests, Gate gate) {
        ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, "chaos-submit");
            t.setDaemon(true);
            return t;
        });
        long intervalNanos = (long) (1e9 / rate);
        long due = System.nanoTime();
        try {
            for (int i = 0; i < requests.size(); i++) {
                gate.await(i);
                due = Math.max(due + intervalNanos, System.nanoTime());
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    Politely.sleep(TimeUnit.NANOSECONDS.toMillis(wait));
                }
                Presigned p = requests.get(i);
                pool.execute(() -> outcomes.add(submit(p)));
            }
            pool.shutdown();
            if (!pool.awaitTermination(1, TimeUnit.HOURS)) {
                throw new DemoException("the submissions did not end within an hour");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DemoException("interrupted");
        } finally {
            pool.shutdownNow();
        }
        return List.copyOf(outcomes);
    }

    private Outcome submit(Presigned p) {
        try {
            Api.Answer a = politely.call("submit draft " + p.draftId(), () -> {
                return p.citizen().portal().header("Idempotency-Key", p.idempotencyKey()).post("/api/requests",
                        Map.of("draftId", p.draftId(), "signature", p.signature()));
            });
            if (a.status() == 201) {
                String id = a.body().path("requestId").asText();
                return new Outcome(p, id, a.status(), null);
            }
            return new Outcome(p, null, a.status(), a.code());
        } catch (DemoException e) {
            return new Outcome(p, null, 0, e.getMessage());
        } finally {
            submitted.incrementAndGet();
        }
    }

    /** How many requests have their final answer so far. */
    int submitted() {
        return submitted.get();
    }
}
