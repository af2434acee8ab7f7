package kz.egov.cli.chaos;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import kz.egov.cli.demo.Api;
import kz.egov.cli.demo.DemoException;

/**
 * A client that retries politely while a service is down: a connection refused or reset, or an answer 5xx (the
 * service restarting, its database restarting), is tried again with growing pauses, the SAME call each time (the
 * same draft and signature, the same idempotency key), until {@code patience} runs out. Any other answer is final.
 */
final class Politely {

    private final Duration patience;
    private final AtomicLong retries = new AtomicLong();

    Politely(Duration patience) {
        this.patience = patience;
    }

    /** The first answer that is not a connection error or a 5xx; a {@link DemoException} when patience runs out. */
    Api.Answer call(String what, Supplier<Api.Answer> call) {
        long deadline = System.nanoTime() + patience.toNanos();
        long pause = 100;
        String last;
        while (true) {
            try {
                Api.Answer a = call.get();
                if (a.status() < 500) {
                    return a;
                }
                last = "HTTP " + a.status() + " " + a.code();
            } catch (DemoException connection) {
                last = connection.getMessage();
            }
            if (System.nanoTime() > deadline) {
                throw new DemoException(what + ": no answer after " + patience.toSeconds() + " s (" + last + ")");
            }
            retries.incrementAndGet();
            sleep(pause);
            pause = Math.min(pause * 2, 2000);
        }
    }

    /** How many calls were tried again so far. */
    long retries() {
        return retries.get();
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DemoException("interrupted");
        }
    }
}
