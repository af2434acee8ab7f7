package kz.egov.eds.devca;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;

import kz.egov.eds.NcaFiles;
import kz.egov.eds.TestPki;
import kz.egov.eds.algorithm.KazakhGost;
import kz.egov.eds.algorithm.SignatureAlgorithm;
import kz.egov.eds.identity.SubjectReader;
import kz.egov.eds.pki.CertificateProfileKind;
import kz.egov.eds.pki.CrlIndex;
import kz.egov.eds.verify.CertificateProfile;
import org.bouncycastle.cert.X509CertificateHolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The development НУЦ issues НУЦ РК's profiles (key usage, extended key usage, policy), read back as the verifier reads
 * them and compared with the real НУЦ test certificates where the fixtures have one; its GOST hierarchy is the Kazakh
 * GOST 2015 one.
 */
class CertificateProfilesTest {

    private static final TestPki PKI = TestPki.shared();
    private static final DevSubject CITIZEN = DevSubject.citizen(TestPki.CITIZEN_IIN, "ТЕСТОВА", "АЙГЕРІМ",
            "СЕРІКҚЫЗЫ");
    private static final DevSubject OFFICER = DevSubject.officer(TestPki.OFFICER_IIN, "ОМАРОВ", "ЕРЛАН", "БОЛАТҰЛЫ",
            "ГУ «Отдел занятости»", TestPki.PROVIDER_BIN);
    private static final DevSubject SYSTEM = DevSubject.system("portal", "АО «НИТ»", TestPki.GATEWAY_BIN);

    private static CertificateProfile issued(DevSubject subject, CertificateProfileKind kind) {
        return profile(PKI.ca.issue(subject, SignatureAlgorithm.GOST2015_512, kind).certificate());
    }

    private static CertificateProfile profile(X509Certificate c) {
        try {
            return profile(c.getEncoded());
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static CertificateProfile profile(byte[] der) {
        try {
            X509CertificateHolder h = new X509CertificateHolder(der);
            return CertificateProfile.of(h, SubjectReader.read(h.getSubject()));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void assertIssuedAs(CertificateProfile p, CertificateProfileKind kind) {
        assertThat(p.kind()).hasValue(kind);
        assertThat(p.name()).isEqualTo(kind.label());
        assertThat(p.keyUsage()).containsExactlyElementsOf(kind.keyUsage());
        assertThat(p.extendedKeyUsage()).containsExactlyElementsOf(kind.extendedKeyUsage());
        assertThat(p.policies()).containsExactly(kind.policy());
    }

    /** Same key usage, extended key usage and policy as the real НУЦ certificate. */
    private static void assertSameAsNuc(CertificateProfile ours, String fixture) {
        CertificateProfile nuc = profile(NcaFiles.der(fixture));
        assertThat(ours.keyUsage()).containsExactlyInAnyOrderElementsOf(nuc.keyUsage());
        assertThat(ours.extendedKeyUsage()).containsExactlyInAnyOrderElementsOf(nuc.extendedKeyUsage());
        assertThat(ours.policies()).containsExactlyInAnyOrderElementsOf(nuc.policies());
        assertThat(ours.kind()).isEqualTo(nuc.kind());
        assertThat(ours.subject()).isEqualTo(nuc.subject());
    }

    @Test
    void individual_signing_certificate_is_nucs() {
        CertificateProfile p = issued(CITIZEN, CertificateProfileKind.INDIVIDUAL_SIGNING);
        assertIssuedAs(p, CertificateProfileKind.INDIVIDUAL_SIGNING);
        assertThat(p.keyUsage()).containsExactly("digitalSignature", "nonRepudiation");
        assertThat(p.extendedKeyUsage()).containsExactly("1.3.6.1.5.5.7.3.4", "1.2.398.3.3.4.1.1");
        assertThat(p.policies()).containsExactly("1.2.398.3.3.2.3");
        assertSameAsNuc(p, "certs/individual_valid_sign_2004_rsa.cer");
    }

    @Test
    void individual_authentication_certificate_is_nucs() {
        CertificateProfile p = issued(CITIZEN, CertificateProfileKind.INDIVIDUAL_AUTHENTICATION);
        assertIssuedAs(p, CertificateProfileKind.INDIVIDUAL_AUTHENTICATION);
        assertThat(p.keyUsage()).containsExactly("digitalSignature", "keyEncipherment");
        assertThat(p.extendedKeyUsage()).containsExactly("1.3.6.1.5.5.7.3.2", "1.2.398.3.3.4.1.1");
        assertThat(p.policies()).containsExactly("1.2.398.3.3.2.4");
        assertSameAsNuc(p, "certs/individual_valid_sign_2004_rsa_auth.cer");
    }

    @Test
    void legal_entity_head_signing_certificate_is_nucs() {
        CertificateProfile p = issued(OFFICER, CertificateProfileKind.LEGAL_ENTITY_HEAD_SIGNING);
        assertIssuedAs(p, CertificateProfileKind.LEGAL_ENTITY_HEAD_SIGNING);
        assertThat(p.extendedKeyUsage()).containsExactly("1.3.6.1.5.5.7.3.4", "1.2.398.3.3.4.1.2",
                "1.2.398.3.3.4.1.2.1");
        assertThat(p.policies()).containsExactly("1.2.398.3.3.2.1");
        assertSameAsNuc(p, "certs/ceo_valid_sign_2004_gost.cer");
    }

    @Test
    void legal_entity_head_authentication_certificate() {
        CertificateProfile p = issued(OFFICER, CertificateProfileKind.LEGAL_ENTITY_HEAD_AUTHENTICATION);
        assertIssuedAs(p, CertificateProfileKind.LEGAL_ENTITY_HEAD_AUTHENTICATION);
        assertThat(p.extendedKeyUsage()).containsExactly("1.3.6.1.5.5.7.3.2", "1.2.398.3.3.4.1.2",
                "1.2.398.3.3.4.1.2.1");
        assertThat(p.policies()).containsExactly("1.2.398.3.3.2.2");
    }

    @Test
    void legal_entity_signing_right_signing_certificate() {
        CertificateProfile p = issued(OFFICER, CertificateProfileKind.LEGAL_ENTITY_SIGNING_RIGHT_SIGNING);
        assertIssuedAs(p, CertificateProfileKind.LEGAL_ENTITY_SIGNING_RIGHT_SIGNING);
        assertThat(p.extendedKeyUsage()).contains("1.2.398.3.3.4.1.2.2");
        assertThat(p.policies()).containsExactly("1.2.398.3.3.2.1");
    }

    @Test
    void legal_entity_signing_right_authentication_certificate() {
        CertificateProfile p = issued(OFFICER, CertificateProfileKind.LEGAL_ENTITY_SIGNING_RIGHT_AUTHENTICATION);
        assertIssuedAs(p, CertificateProfileKind.LEGAL_ENTITY_SIGNING_RIGHT_AUTHENTICATION);
        assertThat(p.policies()).containsExactly("1.2.398.3.3.2.2");
    }

    @Test
    void legal_entity_employee_signing_certificate_is_an_officers_by_default_with_the_bin() {
        IssuedCertificate c = PKI.ca.issue(OFFICER, SignatureAlgorithm.GOST2015_512);
        CertificateProfile p = profile(c.certificate());
        assertIssuedAs(p, CertificateProfileKind.LEGAL_ENTITY_EMPLOYEE_SIGNING);
        assertThat(p.extendedKeyUsage()).contains("1.2.398.3.3.4.1.2", "1.2.398.3.3.4.1.2.5");
        assertThat(p.subject()).isEqualTo("legal entity");
        assertThat(c.certificate().getSubjectX500Principal().getName()).contains("BIN" + TestPki.PROVIDER_BIN);
        assertThat(OFFICER.defaultProfile()).isEqualTo(CertificateProfileKind.LEGAL_ENTITY_EMPLOYEE_SIGNING);
        assertThat(DevSubject.operator(TestPki.OFFICER_IIN, "А", "Б", null, "ГК", TestPki.PROVIDER_BIN)
                .defaultProfile()).isEqualTo(CertificateProfileKind.LEGAL_ENTITY_EMPLOYEE_SIGNING);
    }

    @Test
    void legal_entity_employee_authentication_certificate() {
        CertificateProfile p = issued(OFFICER, CertificateProfileKind.LEGAL_ENTITY_EMPLOYEE_AUTHENTICATION);
        assertIssuedAs(p, CertificateProfileKind.LEGAL_ENTITY_EMPLOYEE_AUTHENTICATION);
        assertThat(p.policies()).containsExactly("1.2.398.3.3.2.2");
    }

    @Test
    void system_certificate_is_a_systems_by_default_with_the_development_oids() {
        CertificateProfile p = profile(PKI.ca.issue(SYSTEM, SignatureAlgorithm.RSA_SHA256).certificate());
        assertIssuedAs(p, CertificateProfileKind.SYSTEM);
        assertThat(p.extendedKeyUsage()).containsExactly("1.2.398.3.3.4.1.2",
                CertificateProfileKind.EKU_INFORMATION_SYSTEM);
        assertThat(p.policies()).containsExactly(CertificateProfileKind.POLICY_INFORMATION_SYSTEM);
        assertThat(CertificateProfileKind.EKU_INFORMATION_SYSTEM).startsWith("2.25.");
    }

    @Test
    void citizen_gets_an_individual_signing_certificate_by_default() {
        CertificateProfile p = profile(PKI.citizen(SignatureAlgorithm.RSA_SHA256).certificate());
        assertIssuedAs(p, CertificateProfileKind.INDIVIDUAL_SIGNING);
        assertThat(p.subject()).isEqualTo("individual");
    }

    @Test
    void keyencipherment_only_and_no_key_usage_options_still_issue() {
        CertificateProfile encipher = profile(PKI.fresh(SignatureAlgorithm.GOST2012_256,
                IssueOptions.defaults().withoutSigningUsage()).certificate());
        assertThat(encipher.keyUsage()).containsExactly("keyEncipherment");
        CertificateProfile none = profile(PKI.fresh(SignatureAlgorithm.GOST2012_256,
                IssueOptions.defaults().withoutKeyUsage()).certificate());
        assertThat(none.keyUsage()).isEmpty();
        assertThat(none.name()).isEqualTo("no key usage");
        assertThat(none.extendedKeyUsage()).contains("1.2.398.3.3.4.1.1");
    }

    @Test
    void gost_hierarchy_is_the_kazakh_gost_2015_one_by_default_and_its_crl_is_served_as_gost_crl(@TempDir Path dir)
            throws Exception {
        assertThat(DevCertificateAuthority.ALGORITHMS)
                .containsExactlyInAnyOrder(SignatureAlgorithm.RSA_SHA256, SignatureAlgorithm.GOST2015_512);
        DevCertificateAuthority ca = DevCertificateAuthority.openOrCreate(dir, Clock.systemUTC());
        assertThat(ca.algorithms()).isEqualTo(DevCertificateAuthority.ALGORITHMS);
        assertThat(Files.exists(dir.resolve("gost-ca.p12"))).isTrue();
        for (X509CertificateHolder h : List.of(new X509CertificateHolder(ca.root(SignatureAlgorithm.GOST2015_512)
                .getEncoded()), new X509CertificateHolder(ca.intermediate(SignatureAlgorithm.GOST2015_512)
                .getEncoded()))) {
            assertThat(h.getSubjectPublicKeyInfo().getAlgorithm().getAlgorithm()).isEqualTo(KazakhGost.PUBLIC_KEY);
            assertThat(h.getSignatureAlgorithm().getAlgorithm()).isEqualTo(KazakhGost.SIGNATURE);
        }
        IssuedCertificate c = ca.issue(CITIZEN, SignatureAlgorithm.GOST2015_512);
        assertThat(new X509CertificateHolder(c.certificate().getEncoded()).getSubjectPublicKeyInfo().getAlgorithm()
                .getAlgorithm()).isEqualTo(KazakhGost.PUBLIC_KEY);
        ca.revoke(c.serial());
        ca.publishCrls();
        try (DevNucServer server = DevNucServer.start(ca, 0)) {
            assertThat(server.crlUrl(SignatureAlgorithm.GOST2015_512).getPath()).isEqualTo("/crl/gost.crl");
            for (String path : List.of("/crl/gost.crl", "/crl/gost2015.crl")) {
                HttpResponse<byte[]> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + server.port() + path)).build(),
                        HttpResponse.BodyHandlers.ofByteArray());
                assertThat(r.statusCode()).isEqualTo(200);
                assertThat(CrlIndex.parse(r.body()).isRevoked(c.serial())).isTrue();
            }
        }
    }

    @Test
    void a_directory_with_a_tc26_gost_hierarchy_keeps_it_as_gost2012_and_gains_the_kazakh_one(@TempDir Path dir)
            throws IOException {
        DevCertificateAuthority old = DevCertificateAuthority.openOrCreate(dir, Clock.systemUTC(),
                EnumSet.of(SignatureAlgorithm.GOST2012_256));
        IssuedCertificate tc26 = old.issue(CITIZEN, SignatureAlgorithm.GOST2012_256);
        // the layout before GOST 2015 became the default: the TC26 hierarchy in gost-* files, and (before trust/)
        // the certificates and CRLs beside the keys
        for (String f : List.of("-root.p12", "-ca.p12")) {
            Files.move(dir.resolve("gost2012" + f), dir.resolve("gost" + f));
        }
        for (String f : List.of("-root.cer", "-ca.cer")) {
            Files.move(dir.resolve("trust/gost2012" + f), dir.resolve("gost" + f));
        }
        Files.move(dir.resolve("trust/crl/gost2012.crl"), dir.resolve("crl/gost.crl"));

        DevCertificateAuthority reopened = DevCertificateAuthority.openOrCreate(dir, Clock.systemUTC());
        assertThat(reopened.algorithms()).containsExactlyInAnyOrder(SignatureAlgorithm.values());
        assertThat(Files.exists(dir.resolve("gost2012-ca.p12"))).isTrue();
        assertThat(Files.exists(dir.resolve("trust/crl/gost2012.crl"))).isTrue();
        assertThat(Files.exists(dir.resolve("trust/gost2012-ca.cer"))).isTrue();
        assertThat(reopened.isRevoked(tc26.serial())).hasValue(false);
        assertThat(reopened.intermediate(SignatureAlgorithm.GOST2012_256))
                .isEqualTo(old.intermediate(SignatureAlgorithm.GOST2012_256));
    }
}
