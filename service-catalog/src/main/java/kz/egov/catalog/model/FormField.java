package kz.egov.catalog.model;

import java.util.List;

/** A portal form field (SAMPLE: the screen forms were images and are not in the texts). */
public record FormField(String name, FieldType type, boolean required, String labelRu, String labelKk,
                        List<String> options) {
    public FormField {
        options = options == null ? List.of() : List.copyOf(options);
    }
}
