package kz.egov.contract.message;

import java.time.LocalDate;

import kz.egov.contract.schema.Nullable;
import kz.egov.contract.schema.Pattern;

/** A person as ГБД ФЛ knows them. */
public record PersonRecord(
        @Pattern(Pattern.IIN) String iin,
        String surname,
        String givenName,
        @Nullable String patronymic,
        LocalDate birthDate,
        String sex,
        boolean deceased,
        @Nullable LocalDate deathDate,
        @Nullable @Pattern(Pattern.KATO) String addressKato,
        @Nullable String addressText) {
}
