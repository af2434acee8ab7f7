package kz.egov.portal.request;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import kz.egov.catalog.model.FieldType;
import kz.egov.catalog.model.FormField;
import kz.egov.catalog.model.FormFields;
import kz.egov.contract.reason.ReasonCode;
import kz.egov.contract.reason.RejectedException;
import kz.egov.eds.identity.Iin;

/** Checks a filled form against the service's form fields: known fields, required ones present, values of the type. */
final class FormCheck {

    private FormCheck() {
    }

    static void check(JsonNode form, FormFields fields, String citizenIin) {
        if (form == null || !form.isObject()) {
            throw new RejectedException(ReasonCode.VALIDATION_FAILED, "the form must be a JSON object");
        }
        Map<String, FormField> byName = fields == null ? Map.of()
                : fields.fields().stream().filter(f -> f.type() != FieldType.FILE)
                        .collect(Collectors.toMap(FormField::name, f -> f));
        for (Iterator<String> names = form.fieldNames(); names.hasNext();) {
            String name = names.next();
            if (!byName.containsKey(name)) {
                throw new RejectedException(ReasonCode.VALIDATION_FAILED, "unknown form field " + name
                        + "; the service has " + byName.keySet());
            }
        }
        for (FormField f : byName.values()) {
            JsonNode value = form.get(f.name());
            boolean blank = value == null || value.isNull() || value.asText().isBlank();
            if (blank) {
                if (f.required()) {
                    throw new RejectedException(ReasonCode.VALIDATION_FAILED, "form field " + f.name() + " is required");
                }
                continue;
            }
            checkValue(f, value, citizenIin);
        }
    }

    private static void checkValue(FormField f, JsonNode value, String citizenIin) {
        String text = value.asText();
        switch (f.type()) {
            case IIN -> {
                Iin.of(text);
                if ("iin".equals(f.name()) && !text.equals(citizenIin)) {
                    throw new RejectedException(ReasonCode.EDS_IIN_MISMATCH,
                            "on the portal the applicant is the signed-in citizen");
                }
            }
            case DATE -> {
                try {
                    LocalDate.parse(text);
                } catch (DateTimeParseException e) {
                    throw new RejectedException(ReasonCode.VALIDATION_FAILED, f.name() + " must be a date YYYY-MM-DD");
                }
            }
            case ENUM -> {
                Set<String> options = Set.copyOf(f.options());
                if (!options.contains(text)) {
                    throw new RejectedException(ReasonCode.VALIDATION_FAILED, f.name() + " must be one of " + options);
                }
            }
            case KATO -> require(text.matches("[0-9]{9}"), f.name() + " must be a 9-digit KATO code");
            case NUMBER -> require(value.isNumber() || text.matches("-?[0-9]+(\\.[0-9]+)?"), f.name() + " must be a number");
            case EMAIL -> require(text.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"), f.name() + " must be an e-mail address");
            case PHONE -> require(text.matches("\\+?[0-9 ()-]{7,20}"), f.name() + " must be a phone number");
            default -> require(text.length() <= 4000, f.name() + " is too long");
        }
    }

    private static void require(boolean ok, String why) {
        if (!ok) {
            throw new RejectedException(ReasonCode.VALIDATION_FAILED, why);
        }
    }
}
