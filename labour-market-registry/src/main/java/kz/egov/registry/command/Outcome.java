package kz.egov.registry.command;

import com.fasterxml.jackson.databind.JsonNode;
import kz.egov.contract.reason.ReasonCode;

/** What a command came to: accepted (with the card as it now is) or refused with a reason. */
public record Outcome(boolean accepted, ReasonCode reason, String detail, JsonNode card) {

    public static Outcome accepted(JsonNode card) {
        return new Outcome(true, null, null, card);
    }

    public static Outcome refused(ReasonCode reason, String detail, JsonNode card) {
        return new Outcome(false, reason, detail, card);
    }
}
