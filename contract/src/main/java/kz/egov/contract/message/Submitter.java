package kz.egov.contract.message;

import kz.egov.contract.schema.AllowedValues;
import kz.egov.contract.schema.Nullable;
import kz.egov.contract.schema.Pattern;

/** The person who signed the request: the citizen, a State Corporation operator, or an officer. */
public record Submitter(
        @AllowedValues({"CITIZEN", "OPERATOR", "OFFICER"}) SignerRole role,
        @Pattern(Pattern.IIN) String iin,
        @Nullable @Pattern(Pattern.BIN) String bin) {
}
