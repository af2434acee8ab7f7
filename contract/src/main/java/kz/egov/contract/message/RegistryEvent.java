package kz.egov.contract.message;

import java.time.Instant;

import com.fasterxml.jackson.databind.JsonNode;
import kz.egov.contract.schema.Nullable;

/** АИС «Рынок труда»'s answer to a command: done (with the card as it now is) or refused with a reason code. */
public record RegistryEvent(
        String commandId,
        String requestId,
        RegistryCommandType command,
        boolean accepted,
        @Nullable String reasonCode,
        @Nullable JsonNode card,
        Instant at) {
}
