package kz.egov.catalog.model;

import java.util.List;

/**
 * The documents checked for completeness (the standard's point 9).
 *
 * @param sample    true: a SAMPLE; the real list is point 9 of the standard (order № 279), not in the texts
 * @param source    where the list comes from
 * @param documents documents
 */
public record DocumentChecklist(boolean sample, String source, List<ChecklistDocument> documents) {
    public DocumentChecklist {
        documents = documents == null ? List.of() : List.copyOf(documents);
    }
}
