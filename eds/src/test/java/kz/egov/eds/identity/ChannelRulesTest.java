package kz.egov.eds.identity;

import static kz.egov.eds.Rejections.assertRejected;
import static org.assertj.core.api.Assertions.assertThatCode;

import kz.egov.contract.reason.ReasonCode;
import kz.egov.contract.seal.SignerIdentity;
import kz.egov.eds.TestPki;
import kz.egov.eds.algorithm.SignatureAlgorithm;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** ARCHITECTURE §4a: who must have signed, per channel. */
class ChannelRulesTest {

    private static SignerIdentity citizen;
    private static SignerIdentity officer;
    private static SignerIdentity system;

    @BeforeAll
    static void certificates() {
        TestPki pki = TestPki.shared();
        citizen = Identities.of(pki.citizen(SignatureAlgorithm.GOST2012_256).certificate());
        officer = Identities.of(pki.officer(SignatureAlgorithm.GOST2012_256).certificate());
        system = Identities.of(pki.system(SignatureAlgorithm.RSA_SHA256).certificate());
    }

    @Test
    void portal_accepts_when_certificate_request_and_signed_in_iin_are_one() {
        assertThatCode(() -> ChannelRules.checkCitizen(citizen, TestPki.CITIZEN_IIN, TestPki.CITIZEN_IIN))
                .doesNotThrowAnyException();
    }

    @Test
    void portal_refuses_request_iin_other_than_the_certificate_iin() {
        assertRejected(ReasonCode.EDS_IIN_MISMATCH, () -> ChannelRules.checkCitizen(citizen, TestPki.OFFICER_IIN));
    }

    @Test
    void portal_refuses_signed_in_iin_other_than_the_certificate_iin() {
        assertRejected(ReasonCode.EDS_IIN_MISMATCH,
                () -> ChannelRules.checkCitizen(citizen, TestPki.CITIZEN_IIN, TestPki.OFFICER_IIN));
    }

    @Test
    void portal_refuses_a_request_iin_with_a_wrong_control_digit() {
        assertRejected(ReasonCode.EDS_INVALID_IIN, () -> ChannelRules.checkCitizen(citizen, "850515400122"));
    }

    @Test
    void mismatch_detail_never_carries_a_raw_iin() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ChannelRules.checkCitizen(citizen, TestPki.OFFICER_IIN))
                .message().doesNotContain(TestPki.CITIZEN_IIN).doesNotContain(TestPki.OFFICER_IIN);
    }

    @Test
    void organisation_signer_must_carry_the_expected_bin() {
        assertThatCode(() -> ChannelRules.checkOrganisationPerson(officer, TestPki.PROVIDER_BIN)).doesNotThrowAnyException();
        assertThatCode(() -> ChannelRules.checkOrganisationSigner(system, TestPki.GATEWAY_BIN)).doesNotThrowAnyException();
        assertRejected(ReasonCode.EDS_BIN_MISMATCH, () -> ChannelRules.checkOrganisationSigner(officer, TestPki.GATEWAY_BIN));
        assertRejected(ReasonCode.EDS_BIN_MISMATCH, () -> ChannelRules.checkOrganisationSigner(citizen, TestPki.PROVIDER_BIN));
    }

    @Test
    void result_signed_by_another_officer_than_the_acting_one_is_refused() {
        assertThatCode(() -> ChannelRules.checkActingOfficer(officer, TestPki.OFFICER_IIN, TestPki.PROVIDER_BIN))
                .doesNotThrowAnyException();
        assertRejected(ReasonCode.EDS_SIGNER_NOT_ACTING_OFFICER,
                () -> ChannelRules.checkActingOfficer(officer, TestPki.CITIZEN_IIN, TestPki.PROVIDER_BIN));
    }
}
