package kz.egov.registry.card;

import java.time.Instant;

/** One change of a card: what changed, by which command, who (provider and acting officer), when, which request. */
public record HistoryEntry(Instant at, String command, String change, String providerId, String actingOfficerIin,
        String requestId, String commandId) {
}
