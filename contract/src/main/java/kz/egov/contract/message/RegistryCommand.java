package kz.egov.contract.message;

import com.fasterxml.jackson.databind.JsonNode;
import kz.egov.contract.schema.Pattern;

/**
 * A command to АИС «Рынок труда» on behalf of the acting officer of a provider.
 *
 * @param commandId idempotency key: a repeated command id changes nothing twice
 * @param data      the command's data (decision number and date, referral kind, deregistration reason, ...)
 */
public record RegistryCommand(
        String commandId,
        String requestId,
        RegistryCommandType command,
        @Pattern(Pattern.IIN) String iin,
        @Pattern(Pattern.IIN) String actingOfficerIin,
        String providerId,
        JsonNode data) {
}
