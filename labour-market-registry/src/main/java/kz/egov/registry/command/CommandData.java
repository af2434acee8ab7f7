package kz.egov.registry.command;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import com.fasterxml.jackson.databind.JsonNode;
import kz.egov.contract.reason.ReasonCode;
import kz.egov.contract.reason.RejectedException;

/** The {@code data} of a command, read field by field; a missing or malformed required field is VALIDATION_FAILED. */
public record CommandData(JsonNode json) {

    public String text(String field) {
        JsonNode v = json == null ? null : json.get(field);
        return v == null || v.isNull() || v.asText().isBlank() ? null : v.asText().trim();
    }

    public String requiredText(String field) {
        String v = text(field);
        if (v == null) {
            throw new RejectedException(ReasonCode.VALIDATION_FAILED, "data." + field + " is required");
        }
        return v;
    }

    public LocalDate date(String field) {
        String v = text(field);
        try {
            return v == null ? null : LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw new RejectedException(ReasonCode.VALIDATION_FAILED, "data." + field + " is not a date (YYYY-MM-DD)");
        }
    }

    public LocalDate requiredDate(String field) {
        requiredText(field);
        return date(field);
    }

    public LocalDate dateOr(String field, LocalDate fallback) {
        LocalDate v = date(field);
        return v == null ? fallback : v;
    }

    public <E extends Enum<E>> E requiredEnum(String field, Class<E> type) {
        String v = requiredText(field);
        try {
            return Enum.valueOf(type, v);
        } catch (IllegalArgumentException e) {
            throw new RejectedException(ReasonCode.VALIDATION_FAILED, "data." + field + " is not one of "
                    + java.util.Arrays.toString(type.getEnumConstants()));
        }
    }

    public <E extends Enum<E>> E enumOr(String field, Class<E> type, E fallback) {
        return text(field) == null ? fallback : requiredEnum(field, type);
    }
}
