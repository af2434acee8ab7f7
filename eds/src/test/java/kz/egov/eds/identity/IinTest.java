package kz.egov.eds.identity;

import static kz.egov.eds.Rejections.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import kz.egov.contract.reason.ReasonCode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** ИИН: 12 digits, birth date and century/sex, the control digit with its second pass. */
class IinTest {

    @Test
    void valid_iin_gives_birth_date_and_sex() {
        Iin iin = Iin.of("850515400121");

        assertThat(iin.birthDate()).isEqualTo(LocalDate.of(1985, 5, 15));
        assertThat(iin.sex()).isEqualTo(Sex.FEMALE);
        assertThat(iin.masked()).isEqualTo("85********21");
        assertThat(iin.toString()).doesNotContain("850515400121");
    }

    @Test
    void control_digit_from_the_second_pass_is_accepted() {
        String iin = "900515300908";
        assertThat(ControlDigit.needsSecondPass(iin)).as("first pass gives 10").isTrue();

        assertThat(Iin.isValid(iin)).isTrue();
        assertThat(Iin.of(iin).sex()).isEqualTo(Sex.MALE);
        assertThat(Iin.isValid("900515300909")).isFalse();
    }

    @Test
    void number_whose_both_passes_give_ten_is_never_valid() {
        for (int last = 0; last <= 9; last++) {
            assertThat(Iin.isValid("90051530091" + last)).isFalse();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"850515400122", "85051540012", "8505154001211", "85051540012a", "851315400121",
            "850230400121", "850515700121", "850515000121", "123456789011", ""})
    void malformed_or_wrong_iin_is_refused(String value) {
        assertThat(Iin.isValid(value)).isFalse();
        assertRejected(ReasonCode.EDS_INVALID_IIN, () -> Iin.of(value));
    }

    @Test
    void null_iin_is_refused_without_exposing_it() {
        assertThat(Iin.problem(null)).isEqualTo("not 12 digits");
        assertRejected(ReasonCode.EDS_INVALID_IIN, () -> Iin.of(null));
    }

    @Test
    void century_digit_maps_to_the_1800s_1900s_and_2000s() {
        assertThat(IinGenerator.nth(LocalDate.of(1899, 12, 31), Sex.MALE, 0)).satisfies(
                v -> assertThat(v.charAt(6)).isEqualTo('1'));
        assertThat(IinGenerator.nth(LocalDate.of(1950, 1, 1), Sex.FEMALE, 0).charAt(6)).isEqualTo('4');
        assertThat(IinGenerator.nth(LocalDate.of(2004, 2, 29), Sex.FEMALE, 0).charAt(6)).isEqualTo('6');
        assertThat(Iin.of(IinGenerator.nth(LocalDate.of(2004, 2, 29), Sex.MALE, 3)).birthDate())
                .isEqualTo(LocalDate.of(2004, 2, 29));
    }

    @Test
    void generator_makes_five_thousand_distinct_valid_iins() {
        Set<String> all = new HashSet<>();
        LocalDate start = LocalDate.of(1960, 1, 1);
        for (int i = 0; i < 5000; i++) {
            LocalDate birth = start.plusDays(i % 1000 * 17L);
            Sex sex = i % 2 == 0 ? Sex.MALE : Sex.FEMALE;
            String iin = IinGenerator.nth(birth, sex, i / 1000);
            Iin parsed = Iin.of(iin);
            assertThat(parsed.birthDate()).isEqualTo(birth);
            assertThat(parsed.sex()).isEqualTo(sex);
            all.add(iin);
        }
        assertThat(all).hasSize(5000);
    }

    @Test
    void generator_skips_sequences_without_a_control_digit() {
        assertThat(IinGenerator.exact(LocalDate.of(1990, 5, 15), Sex.MALE, 91)).isEmpty();
        assertThat(IinGenerator.exact(LocalDate.of(1990, 5, 15), Sex.MALE, 90)).contains("900515300908");
    }

    @Test
    void bin_has_the_same_control_digit_and_no_birth_date_rule() {
        assertThat(Bin.isValid("150340001236")).isTrue();
        assertThat(Bin.isValid("991140000713")).isTrue();
        assertThat(Bin.isValid("150340001237")).isFalse();
        assertThat(Bin.isValid("15034000123")).isFalse();
        assertThat(Bin.complete("15034000123")).contains("150340001236");
        assertRejected(ReasonCode.VALIDATION_FAILED, () -> new Bin("123456789021"));
    }
}
