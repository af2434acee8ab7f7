package kz.egov.corp.intake;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The package the citizen hands in at the desk: who, which service, the checklist as the operator checked it, and
 * the service's form fields (optional).
 */
public record PackageForm(String citizenIin, String serviceCode, List<ChecklistItem> items, String phone, String email,
        String language, JsonNode form) {

    public PackageForm {
        items = items == null ? List.of() : List.copyOf(items);
    }
}
