package kz.egov.cli.bench;

import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Submits prepared requests to the portal ({@code POST /api/requests}), either paced at a fixed rate (each request
 * sent at its own moment, whatever the answers before it) or at full speed from a number of concurrent clients.
 */
final class LoadDriver {

    /** One submission as the client saw it. */
    record Submitted(PreparedRequest request, long sentAtMillis, long sentNanos, long answeredNanos, int status,
            String code) {

        boolean accepted() {
            return status == 201;
        }
    }

    private LoadDriver() {
    }

    static List<Submitted> paced(List<PreparedRequest> requests, double perSecond, int clients) {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        ConcurrentLinkedQueue<Submitted> done = new ConcurrentLinkedQueue<>();
        long start = System.nanoTime();
        long intervalNanos = (long) (1e9 / perSecond);
        for (int i = 0; i < requests.size(); i++) {
            long due = start + i * intervalNanos;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                sleepNanos(wait);
            }
            PreparedRequest r = requests.get(i);
            pool.execute(() -> done.add(send(r)));
        }
        finish(pool);
        return List.copyOf(done);
    }

    static List<Submitted> fullSpeed(List<PreparedRequest> requests, int clients) {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        ConcurrentLinkedQueue<Submitted> done = new ConcurrentLinkedQueue<>();
        AtomicInteger next = new AtomicInteger();
        for (int t = 0; t < clients; t++) {
            pool.execute(() -> {
                for (int i = next.getAndIncrement(); i < requests.size(); i = next.getAndIncrement()) {
                    done.add(send(requests.get(i)));
                }
            });
        }
        finish(pool);
        return List.copyOf(done);
    }

    private static Submitted send(PreparedRequest r) {
        long sentAt = System.currentTimeMillis();
        long sent = System.nanoTime();
        try {
            var answer = r.submit();
            return new Submitted(r, sentAt, sent, System.nanoTime(), answer.status(), answer.code());
        } catch (RuntimeException e) {
            return new Submitted(r, sentAt, sent, System.nanoTime(), -1, e.getClass().getSimpleName());
        }
    }

    private static void finish(ExecutorService pool) {
        pool.shutdown();
        try {
            if (!pool.awaitTermination(30, TimeUnit.MINUTES)) {
                throw new IllegalStateException("submissions did not finish in 30 minutes");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted");
        }
    }

    private static void sleepNanos(long nanos) {
        try {
            TimeUnit.NANOSECONDS.sleep(nanos);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
