package kz.egov.contract.message;

import kz.egov.contract.schema.Nullable;
import kz.egov.contract.schema.Pattern;

/**
 * A question to ГБД ФЛ about one person; every read is logged with who asked and why, and allowed only for its
 * purpose ({@link PersonLookupPurpose}).
 *
 * @param requestId the request routed to the asking provider (purpose ROUTED_REQUEST)
 * @param actorIin  the signed-in citizen (CITIZEN_SESSION), the officer or operator entering a walk-in (WALK_IN)
 */
public record PersonLookupQuery(
        String queryId,
        @Pattern(Pattern.IIN) String iin,
        PersonLookupPurpose purpose,
        @Nullable String requestId,
        @Nullable String actorIin) {
}
