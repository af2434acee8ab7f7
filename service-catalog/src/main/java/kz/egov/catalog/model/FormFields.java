package kz.egov.catalog.model;

import java.util.List;

/**
 * The portal form of a base service.
 *
 * @param sample true: a sample so the system works; the real form comes from the standard (order № 279)
 * @param note   where the real one is
 * @param fields fields
 */
public record FormFields(boolean sample, String note, List<FormField> fields) {
    public FormFields {
        fields = fields == null ? List.of() : List.copyOf(fields);
    }
}
