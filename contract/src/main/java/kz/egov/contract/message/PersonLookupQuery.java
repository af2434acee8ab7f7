package kz.egov.contract.message;

import kz.egov.contract.schema.Nullable;
import kz.egov.contract.schema.Pattern;

/** A question to ГБД ФЛ about one person; every read is logged with who asked and why. */
public record PersonLookupQuery(
        String queryId,
        @Pattern(Pattern.IIN) String iin,
        String purpose,
        @Nullable String requestId) {
}
