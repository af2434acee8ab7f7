package kz.egov.contract.message;

import kz.egov.contract.schema.Nullable;
import kz.egov.contract.schema.Pattern;

/** The citizen the request is for (услугополучатель), as the submitter entered them. */
public record Applicant(
        @Pattern(Pattern.IIN) String iin,
        String surname,
        String givenName,
        @Nullable String patronymic,
        @Nullable String phone,
        @Nullable String email) {
}
