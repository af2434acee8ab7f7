package kz.egov.mio;

import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import kz.egov.mio.officer.OfficerSeeds;
import org.awaitility.Awaitility;

/** Waiting for what arrives over the broker, as the officer sees it through the API. */
final class Awaits {

    private Awaits() {
    }

    /** The case once its draft is of this kind (after the registry answered). */
    static JsonNode draft(OfficerSeeds.Seed officer, String requestId, String kind) {
        JsonNode[] seen = new JsonNode[1];
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() -> {
            seen[0] = Mio.caseOf(officer, requestId);
            return kind.equals(seen[0].at("/draft/kind").asText(null));
        });
        return seen[0];
    }
}
