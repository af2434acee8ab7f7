package kz.egov.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import kz.egov.contract.problem.Problem;
import kz.egov.contract.reason.ReasonCode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/** One catalog of reason codes: each with an HTTP status and texts for people in Russian and Kazakh. */
class ReasonCodeCatalogTest {

    @ParameterizedTest
    @EnumSource(ReasonCode.class)
    void everyCodeHasAStatusAndBothLanguages(ReasonCode code) {
        assertThat(code.httpStatus()).isBetween(200, 599);
        assertThat(code.russian()).isNotBlank();
        assertThat(code.kazakh()).isNotBlank();
        assertThat(code.code()).matches("[A-Z][A-Z0-9_]+");
    }

    @Test
    void textsAreDistinctPerCode() {
        assertThat(Arrays.stream(ReasonCode.values()).map(ReasonCode::russian).distinct().count())
                .isEqualTo(ReasonCode.values().length);
    }

    @Test
    void aProblemCarriesTheStableCodeAndTheCallersLanguage() {
        Problem kk = Problem.of(ReasonCode.EDS_REVOKED, "certificate 1f revoked", "/api/requests", "kk");
        assertThat(kk.code()).isEqualTo("EDS_REVOKED");
        assertThat(kk.type()).endsWith("/EDS_REVOKED");
        assertThat(kk.status()).isEqualTo(400);
        assertThat(kk.title()).isEqualTo("Сертификат кері қайтарылды");
        assertThat(Problem.of(ReasonCode.EDS_REVOKED, null, null, "ru").title()).isEqualTo("Сертификат отозван");
    }
}
