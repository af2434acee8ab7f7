package kz.egov.contract.message;

import kz.egov.contract.schema.Nullable;

/** ГБД ФЛ's answer: the person, or the reason code why there is none. */
public record PersonLookupAnswer(
        String queryId,
        boolean found,
        @Nullable PersonRecord person,
        @Nullable String reasonCode) {
}
