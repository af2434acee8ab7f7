package kz.egov.eds.verify;

import static kz.egov.eds.Rejections.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import kz.egov.contract.message.SignerRole;
import kz.egov.contract.reason.ReasonCode;
import kz.egov.eds.NcaFiles;
import kz.egov.eds.TestPki;
import kz.egov.eds.algorithm.SignatureAlgorithm;
import kz.egov.eds.cms.BcCmsProvider;
import kz.egov.eds.devca.DevSubject;
import kz.egov.eds.devca.IssueOptions;
import kz.egov.eds.devca.IssuedCertificate;
import kz.egov.eds.pki.CertificateProfileKind;
import kz.egov.eds.pki.TrustAnchors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Each role's signature requires its certificate profile, each refusal with its own reason code: a citizen an
 * individual's signing certificate, an operator or an officer a legal entity's person's signing certificate, a seal an
 * information system's; a sign-in challenge an authentication or a signing certificate of the right person.
 */
class ProfilePerRoleTest {

    private static final byte[] REQUEST = "{\"service\":\"job-seeker-registration\",\"iin\":\"850515400121\"}"
            .getBytes(StandardCharsets.UTF_8);
    private static final Instant IN_2022 = Instant.parse("2022-06-01T00:00:00Z");
    private static final SignatureAlgorithm GOST = SignatureAlgorithm.GOST2015_512;
    private static final DevSubject CITIZEN = DevSubject.citizen(TestPki.CITIZEN_IIN, "ТЕСТОВА", "АЙГЕРІМ",
            "СЕРІКҚЫЗЫ");
    private static final DevSubject OFFICER = DevSubject.officer(TestPki.OFFICER_IIN, "ОМАРОВ", "ЕРЛАН", "БОЛАТҰЛЫ",
            "ГУ «Отдел занятости»", TestPki.PROVIDER_BIN);
    private static final BcCmsProvider CMS = new BcCmsProvider();

    private static TestPki pki;
    private static EdsVerifier verifier;

    @BeforeAll
    static void start() {
        pki = TestPki.shared();
        verifier = pki.verifier();
    }

    @AfterAll
    static void stop() {
        verifier.close();
    }

    private static byte[] sign(IssuedCertificate cert) {
        return CMS.signDetached(REQUEST, cert.signingKey());
    }

    private static byte[] signed(DevSubject subject, CertificateProfileKind kind) {
        return sign(pki.ca.issue(subject, GOST, kind));
    }

    private static VerifiedSignature verify(byte[] cms, SignerRole role) {
        return verifier.verify(REQUEST, cms, Instant.now(), role);
    }

    // ---- a citizen's request ----

    @Test
    void citizen_signs_with_an_individual_signing_certificate() {
        VerifiedSignature v = verify(signed(CITIZEN, CertificateProfileKind.INDIVIDUAL_SIGNING), SignerRole.CITIZEN);
        assertThat(v.signer().iin()).isEqualTo(TestPki.CITIZEN_IIN);
    }

    @Test
    void citizens_authentication_certificate_is_refused_as_an_eds() {
        assertRejected(ReasonCode.EDS_AUTHENTICATION_CERTIFICATE, () -> verify(
                signed(CITIZEN, CertificateProfileKind.INDIVIDUAL_AUTHENTICATION), SignerRole.CITIZEN));
    }

    @Test
    void certificate_without_key_usage_is_refused() {
        IssuedCertificate none = pki.ca.issue(CITIZEN, GOST, IssueOptions.defaults().withoutKeyUsage());
        assertRejected(ReasonCode.EDS_NO_KEY_USAGE, () -> verify(sign(none), SignerRole.CITIZEN));
        assertRejected(ReasonCode.EDS_NO_KEY_USAGE, () -> verifier.verifySignIn(REQUEST, sign(none), Instant.now(),
                SignerRole.CITIZEN));
    }

    @Test
    void legal_entity_employees_certificate_with_iin_and_bin_is_refused_for_a_citizen() {
        assertRejected(ReasonCode.EDS_NOT_INDIVIDUAL_CERTIFICATE, () -> verify(
                signed(OFFICER, CertificateProfileKind.LEGAL_ENTITY_EMPLOYEE_SIGNING), SignerRole.CITIZEN));
    }

    @Test
    void individual_profile_with_a_bin_in_the_subject_is_refused_for_a_citizen() {
        assertRejected(ReasonCode.EDS_NOT_INDIVIDUAL_CERTIFICATE, () -> verify(
                signed(OFFICER, CertificateProfileKind.INDIVIDUAL_SIGNING), SignerRole.CITIZEN));
    }

    @Test
    void key_encipherment_only_certificate_is_still_wrong_key_usage() {
        IssuedCertificate encipher = pki.ca.issue(CITIZEN, GOST, IssueOptions.defaults().withoutSigningUsage());
        assertRejected(ReasonCode.EDS_WRONG_KEY_USAGE, () -> verify(sign(encipher), SignerRole.CITIZEN));
    }

    // ---- an operator's or an officer's signature ----

    @Test
    void officer_and_operator_sign_with_a_legal_entity_employee_signing_certificate() {
        byte[] cms = sign(pki.officer(GOST));
        assertThat(verify(cms, SignerRole.OFFICER).signer().bin()).isEqualTo(TestPki.PROVIDER_BIN);
        assertThat(verify(cms, SignerRole.OPERATOR).signer().bin()).isEqualTo(TestPki.PROVIDER_BIN);
    }

    @Test
    void officer_signs_with_a_head_or_signing_right_certificate() {
        assertThat(verify(signed(OFFICER, CertificateProfileKind.LEGAL_ENTITY_HEAD_SIGNING), SignerRole.OFFICER)
                .signer().iin()).isEqualTo(TestPki.OFFICER_IIN);
        assertThat(verify(signed(OFFICER, CertificateProfileKind.LEGAL_ENTITY_SIGNING_RIGHT_SIGNING),
                SignerRole.OFFICER).signer().iin()).isEqualTo(TestPki.OFFICER_IIN);
    }

    @Test
    void individuals_certificate_is_refused_for_an_officer() {
        assertRejected(ReasonCode.EDS_NOT_LEGAL_ENTITY_CERTIFICATE,
                () -> verify(sign(pki.citizen(GOST)), SignerRole.OFFICER));
    }

    @Test
    void individuals_certificate_is_refused_for_an_operator() {
        assertRejected(ReasonCode.EDS_NOT_LEGAL_ENTITY_CERTIFICATE,
                () -> verify(sign(pki.citizen(GOST)), SignerRole.OPERATOR));
    }

    @Test
    void legal_entity_authentication_certificate_is_refused_as_an_officers_eds() {
        assertRejected(ReasonCode.EDS_AUTHENTICATION_CERTIFICATE, () -> verify(
                signed(OFFICER, CertificateProfileKind.LEGAL_ENTITY_EMPLOYEE_AUTHENTICATION), SignerRole.OFFICER));
    }

    @Test
    void system_certificate_is_refused_for_an_officer() {
        assertRejected(ReasonCode.EDS_NOT_LEGAL_ENTITY_CERTIFICATE,
                () -> verify(sign(pki.system(SignatureAlgorithm.RSA_SHA256)), SignerRole.OFFICER));
    }

    @Test
    void bin_of_the_body_stays_channel_rules_job() {
        // a legal entity's certificate of another body passes the profile check; EDS_BIN_MISMATCH is ChannelRules'
        DevSubject other = DevSubject.officer(TestPki.OFFICER_IIN, "ОМАРОВ", "ЕРЛАН", null, "ТОО «Другое»",
                "040340000007");
        assertThat(verify(signed(other, CertificateProfileKind.LEGAL_ENTITY_EMPLOYEE_SIGNING), SignerRole.OFFICER)
                .signer().bin()).isEqualTo("040340000007");
    }

    // ---- a participant's seal ----

    @Test
    void seal_is_made_with_a_system_certificate() {
        assertThat(verify(sign(pki.system(SignatureAlgorithm.RSA_SHA256)), SignerRole.SYSTEM).signer().iin())
                .isNull();
    }

    @Test
    void persons_certificate_is_refused_as_a_seal() {
        assertRejected(ReasonCode.EDS_NOT_SYSTEM_CERTIFICATE,
                () -> verify(sign(pki.citizen(SignatureAlgorithm.RSA_SHA256)), SignerRole.SYSTEM));
        assertRejected(ReasonCode.EDS_NOT_SYSTEM_CERTIFICATE,
                () -> verify(sign(pki.officer(SignatureAlgorithm.RSA_SHA256)), SignerRole.SYSTEM));
    }

    // ---- sign-in challenges ----

    @Test
    void sign_in_accepts_the_persons_authentication_certificate() {
        byte[] cms = signed(CITIZEN, CertificateProfileKind.INDIVIDUAL_AUTHENTICATION);
        assertThat(verifier.verifySignIn(REQUEST, cms, Instant.now(), SignerRole.CITIZEN).signer().iin())
                .isEqualTo(TestPki.CITIZEN_IIN);
        byte[] employee = signed(OFFICER, CertificateProfileKind.LEGAL_ENTITY_EMPLOYEE_AUTHENTICATION);
        assertThat(verifier.verifySignIn(REQUEST, employee, Instant.now(), SignerRole.OPERATOR).signer().bin())
                .isEqualTo(TestPki.PROVIDER_BIN);
    }

    @Test
    void sign_in_accepts_the_persons_signing_certificate() {
        assertThat(verifier.verifySignIn(REQUEST, sign(pki.citizen(GOST)), Instant.now(), SignerRole.CITIZEN)
                .signer().iin()).isEqualTo(TestPki.CITIZEN_IIN);
        assertThat(verifier.verifySignIn(REQUEST, sign(pki.officer(GOST)), Instant.now(), SignerRole.OFFICER)
                .signer().bin()).isEqualTo(TestPki.PROVIDER_BIN);
    }

    @Test
    void sign_in_refuses_another_kind_of_persons_certificate() {
        assertRejected(ReasonCode.EDS_NOT_INDIVIDUAL_CERTIFICATE, () -> verifier.verifySignIn(REQUEST,
                signed(OFFICER, CertificateProfileKind.LEGAL_ENTITY_EMPLOYEE_AUTHENTICATION), Instant.now(),
                SignerRole.CITIZEN));
        assertRejected(ReasonCode.EDS_NOT_LEGAL_ENTITY_CERTIFICATE, () -> verifier.verifySignIn(REQUEST,
                signed(CITIZEN, CertificateProfileKind.INDIVIDUAL_AUTHENTICATION), Instant.now(),
                SignerRole.OFFICER));
        assertThatThrownBy(() -> verifier.verifySignIn(REQUEST, sign(pki.citizen(GOST)), Instant.now(),
                SignerRole.SYSTEM)).isInstanceOf(IllegalArgumentException.class);
    }

    // ---- the real НУЦ authentication certificate ----

    private static EdsVerifier nucRsaVerifier() {
        return EdsVerifier.create(VerifierConfig.builder(TrustAnchors.of(List.of(NcaFiles.rsaCa()), List.of()))
                .clock(Clock.fixed(IN_2022, ZoneOffset.UTC))
                .revocation(RevocationConfig.builder()
                        .crlSupplier("nca_rsa_test.crl", () -> NcaFiles.resource("crl/nca_rsa_test.crl"))
                        .backgroundRefresh(false).build())
                .build());
    }

    @Test
    void nucs_authentication_certificate_is_refused_as_a_citizens_eds_and_accepted_for_sign_in() {
        byte[] auth = NcaFiles.der("certs/individual_valid_sign_2004_rsa_auth.cer");
        try (EdsVerifier nuc = nucRsaVerifier()) {
            assertRejected(ReasonCode.EDS_AUTHENTICATION_CERTIFICATE,
                    () -> nuc.checkCertificate(auth, IN_2022, SignerRole.CITIZEN));
            VerifiedSignature v = nuc.checkCertificate(auth, IN_2022, SignerRole.CITIZEN, Purpose.SIGN_IN);
            assertThat(v.signer().iin()).isEqualTo("123456789011");
        }
    }

    @Test
    void nucs_individual_signing_certificate_is_a_citizens_eds_and_not_an_officers() {
        byte[] sign = NcaFiles.der("certs/individual_valid_sign_2004_rsa.cer");
        try (EdsVerifier nuc = nucRsaVerifier()) {
            assertThat(nuc.checkCertificate(sign, IN_2022, SignerRole.CITIZEN).signer().iin())
                    .isEqualTo("123456789011");
            assertRejected(ReasonCode.EDS_NOT_LEGAL_ENTITY_CERTIFICATE,
                    () -> nuc.checkCertificate(sign, IN_2022, SignerRole.OFFICER));
        }
    }

    @Test
    void each_signers_verdict_names_its_profile() {
        byte[] cms = signed(CITIZEN, CertificateProfileKind.INDIVIDUAL_AUTHENTICATION);
        SignerVerdict v = verifier.verifyEach(REQUEST, cms, Instant.now(), SignerRole.CITIZEN).get(0);
        assertThat(v.reasonCode()).isEqualTo(ReasonCode.EDS_AUTHENTICATION_CERTIFICATE);
        assertThat(v.profileName()).isEqualTo("individual authentication");
        assertThat(verifier.verifyEach(REQUEST, sign(pki.officer(GOST)), Instant.now(), SignerRole.OFFICER).get(0)
                .profileName()).isEqualTo("legal entity employee signing");
    }
}
