package kz.egov.cli.demo;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import kz.egov.contract.message.PersonRecord;

/** A portal service's application as a citizen fills it: the form from the catalog's fields, the required files. */
public final class PortalForm {

    private static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");
    /** A minimal well-formed PDF: the portal checks a file's first bytes against its media type. */
    public static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    private PortalForm() {
    }

    /** Every field of the service (as {@code GET /api/services/{code}} lists them) filled for the person, by type. */
    public static JsonNode fill(JsonNode service, PersonRecord p) {
        ObjectNode form = Api.JSON.createObjectNode();
        for (JsonNode f : service.path("formFields")) {
            String name = f.path("name").asText();
            switch (f.path("type").asText()) {
                case "FILE" -> {
                    continue;
                }
                case "IIN" -> form.put(name, p.iin());
                case "DATE" -> form.put(name, name.toLowerCase().contains("birth") ? p.birthDate().toString()
                        : LocalDate.now(ALMATY).toString());
                case "ENUM" -> form.put(name, f.path("options").path(0).asText());
                case "BOOLEAN" -> form.put(name, true);
                case "NUMBER" -> form.put(name, 1);
                case "PHONE" -> form.put(name, "+77010000000");
                case "EMAIL" -> form.put(name, "citizen@example.kz");
                case "KATO" -> form.put(name, p.addressKato());
                default -> {
                    if (!f.path("required").asBoolean()) {
                        continue;
                    }
                    form.put(name, name.toLowerCase().contains("surname") ? p.surname()
                            : name.toLowerCase().contains("name") ? p.givenName() : "демо");
                }
            }
        }
        return form;
    }

    /** The multipart parts of a draft: the service code, the filled form and one PDF per required document. */
    public static List<Api.Part> draftParts(String serviceCode, JsonNode service, PersonRecord p) {
        List<Api.Part> parts = new ArrayList<>();
        parts.add(new Api.Part("serviceCode", null, "text/plain", serviceCode.getBytes(StandardCharsets.UTF_8)));
        parts.add(new Api.Part("form", null, "application/json", Api.json(fill(service, p))));
        for (JsonNode a : service.path("attachments")) {
            if (a.path("required").asBoolean()) {
                parts.add(new Api.Part(a.path("code").asText(), a.path("code").asText().toLowerCase() + ".pdf",
                        "application/pdf", PDF));
            }
        }
        return parts;
    }
}
