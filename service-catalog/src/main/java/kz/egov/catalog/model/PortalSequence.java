package kz.egov.catalog.model;

import java.util.List;

/** A process/condition sequence of the texts (e.g. SEQ-MNG17), shared by several variants. */
public record PortalSequence(String id, String source, List<SequenceItem> items, String note) {
    public PortalSequence {
        items = items == null ? List.of() : List.copyOf(items);
    }
}
