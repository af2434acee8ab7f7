package kz.egov.catalog.model;

import kz.egov.contract.message.ResultKind;

import java.util.List;

/**
 * A result the service produces.
 *
 * @param code         our code
 * @param kind         kind
 * @param names        the text's names
 * @param form         PAPER, ELECTRONIC or PAPER_OR_ELECTRONIC, as the text says
 * @param formSource   where its layout is defined (e.g. "order № 279 standard, Annex 1"); the layout itself is absent
 * @param fields       fields of the document; a SAMPLE unless {@code fieldsSample} is false
 * @param fieldsSample the fields are our sample, not the law (the annexes are not in the texts)
 * @param lines        source lines
 */
public record ResultDocument(String code, ResultKind kind, Names names, String form, String formSource,
                             List<String> fields, boolean fieldsSample, Lines lines) {
    public ResultDocument {
        fields = fields == null ? List.of() : List.copyOf(fields);
    }
}
