package kz.egov.cli.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * When each accepted request was registered in ИС МИО and when its «поступившие» (business status RECEIVED) reached
 * the personal cabinet, read from the cabinet's own timeline ({@code at}: the moment at ИС МИО, {@code recordedAt}:
 * the moment it reached the cabinet). Polling only decides when to stop looking; the figures are the services' own
 * timestamps, so the polling never stretches a latency.
 */
final class Arrivals {

    /** A request's arrival: registered at the provider, and seen in the cabinet; or its refusal code. */
    record Arrival(Instant registeredAtProvider, Instant inCabinet, String refusal) {
    }

    private Arrivals() {
    }

    /**
     * Waits for every accepted request. {@code drained} runs once the last few sent have arrived (the backlog drains
     * in order), before the cabinet is read request by request, so that reading is not counted as the path's work.
     */
    static Map<String, Arrival> await(List<LoadDriver.Submitted> accepted, Duration timeout, Runnable drained) {
        Map<String, Arrival> found = new ConcurrentHashMap<>();
        Instant deadline = Instant.now().plus(timeout);
        // first the last few sent, cheaply; then everything
        List<LoadDriver.Submitted> tail = accepted.subList(Math.max(0, accepted.size() - 5), accepted.size());
        while (Instant.now().isBefore(deadline) && !sweep(tail, found)) {
            sleep(500);
        }
        drained.run();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            while (Instant.now().isBefore(deadline)) {
                List<LoadDriver.Submitted> pending = accepted.stream()
                        .filter(s -> !found.containsKey(s.request().requestId())).toList();
                if (pending.isEmpty()) {
                    break;
                }
                List<Future<?>> work = new ArrayList<>();
                for (LoadDriver.Submitted s : pending) {
                    work.add(pool.submit(() -> check(s, found)));
                }
                for (Future<?> f : work) {
                    f.get();
                }
                if (found.size() < accepted.size()) {
                    sleep(1000);
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException("cannot read the cabinet: " + e.getMessage(), e);
        } finally {
            pool.shutdownNow();
        }
        return found;
    }

    private static boolean sweep(List<LoadDriver.Submitted> some, Map<String, Arrival> found) {
        some.forEach(s -> check(s, found));
        return some.stream().allMatch(s -> found.containsKey(s.request().requestId()));
    }

    private static void check(LoadDriver.Submitted s, Map<String, Arrival> found) {
        String id = s.request().requestId();
        if (found.containsKey(id)) {
            return;
        }
        JsonNode view = s.request().citizen().portal().get("/api/requests/" + id).body();
        for (JsonNode e : view.path("timeline")) {
            if ("BUSINESS".equals(e.path("stream").asText()) && "RECEIVED".equals(e.path("status").asText())) {
                found.put(id, new Arrival(Instant.parse(e.path("at").asText()),
                        Instant.parse(e.path("recordedAt").asText()), null));
                return;
            }
        }
        String reason = view.path("reasonCode").asText("");
        if (!reason.isEmpty() && !"null".equals(reason)) {
            found.put(id, new Arrival(null, null, reason));
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
