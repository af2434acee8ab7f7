package kz.egov.cli.bench;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.fasterxml.jackson.databind.JsonNode;

import kz.egov.cli.demo.Api;
import kz.egov.cli.demo.PortalForm;

/**
 * A request made ready before the clock starts: the portal's draft (the exact document) and the citizen's signature
 * over it, so client-side signing is never measured.
 */
record PreparedRequest(CitizenPool.Citizen citizen, String draftId, String requestId, String signature) {

    static final String SERVICE = "JOB_SEEKER_REGISTRATION";

    /** {@code count} requests round-robin over the pool, drafted and signed on {@code threads} threads. */
    static List<PreparedRequest> prepare(List<CitizenPool.Citizen> pool, JsonNode service, int count, int threads) {
        ExecutorService workers = Executors.newFixedThreadPool(threads);
        try {
            List<Future<PreparedRequest>> made = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                CitizenPool.Citizen c = pool.get(i % pool.size());
                made.add(workers.submit(() -> {
                    JsonNode draft = c.portal().multipart("/api/requests/drafts",
                            PortalForm.draftParts(SERVICE, service, c.person())).expect(201).body();
                    byte[] document = Base64.getDecoder().decode(draft.path("document").asText());
                    return new PreparedRequest(c, draft.path("draftId").asText(), draft.path("requestId").asText(),
                            c.sign(document));
                }));
            }
            List<PreparedRequest> out = new ArrayList<>(count);
            for (Future<PreparedRequest> f : made) {
                out.add(f.get());
            }
            return out;
        } catch (Exception e) {
            throw new IllegalStateException("cannot prepare the requests: " + e.getMessage(), e);
        } finally {
            workers.shutdownNow();
        }
    }

    Api.Answer submit() {
        return citizen.portal().post("/api/requests", java.util.Map.of("draftId", draftId, "signature", signature));
    }
}
