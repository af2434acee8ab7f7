package kz.egov.testinfra;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

/** Runs {@code n} attempts at once (one thread each) and collects what each answered, in order. */
public final class AllAtOnce {

    private AllAtOnce() {
    }

    /** The HTTP status codes of {@code n} parallel calls; {@code attempt} gets the attempt's number. */
    public static List<Integer> statusCodes(int n, IntFunction<Integer> attempt) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int k = i;
                answers.add(pool.submit(() -> attempt.apply(k)));
            }
            List<Integer> codes = new ArrayList<>();
            for (Future<Integer> f : answers) {
                codes.add(f.get());
            }
            return codes;
        } finally {
            pool.shutdownNow();
        }
    }
}
