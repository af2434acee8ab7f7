package kz.egov.eds.verify;

import static java.nio.charset.StandardCharsets.UTF_8;
import static kz.egov.eds.Rejections.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;

import kz.egov.contract.reason.ReasonCode;
import kz.egov.contract.seal.SignerIdentity;
import kz.egov.eds.CmsFixtures;
import kz.egov.eds.TestPki;
import kz.egov.eds.algorithm.SignatureAlgorithm;
import kz.egov.contract.message.SignerRole;
import kz.egov.eds.cms.BcCmsProvider;
import kz.egov.eds.cms.Pkcs12Sealer;
import kz.egov.eds.devca.DevCertificateAuthority;
import kz.egov.eds.devca.DevSubject;
import kz.egov.eds.devca.IssueOptions;
import kz.egov.eds.devca.IssuedCertificate;
import kz.egov.eds.pki.RevocationStatus;
import kz.egov.eds.pki.TrustAnchors;
import org.bouncycastle.cert.X509CertificateHolder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Condition 2 («подлинность ЭЦП»): every way a signature is accepted or refused, one reason code each. */
class SignatureVerificationTest {

    private static final byte[] REQUEST = "{\"service\":\"job-seeker-registration\",\"iin\":\"850515400121\"}"
            .getBytes(UTF_8);
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

    private static byte[] sign(IssuedCertificate cert, byte[] content) {
        return CMS.signDetached(content, cert.signingKey());
    }

    @Test
    void citizen_rsa_signature_is_accepted_and_names_the_citizen() {
        VerifiedSignature v = verifier.verify(REQUEST, sign(pki.citizen(SignatureAlgorithm.RSA_SHA256), REQUEST),
                Instant.now(), SignerRole.CITIZEN);

        assertThat(v.signer().iin()).isEqualTo(TestPki.CITIZEN_IIN);
        assertThat(v.signer().algorithm()).isEqualTo("SHA256withRSA");
        assertThat(v.person().surname()).isEqualTo("ТЕСТОВА");
        assertThat(v.person().name()).isEqualTo("АЙГЕРІМ");
        assertThat(v.person().patronymic()).isEqualTo("СЕРІКҚЫЗЫ");
        assertThat(v.claimedSigningTime()).isPresent();
        assertThat(v.revocation().status()).isEqualTo(RevocationStatus.GOOD);
    }

    @Test
    void citizen_gost_2012_signature_with_streebog_is_accepted() {
        VerifiedSignature v = verifier.verify(REQUEST, sign(pki.citizen(SignatureAlgorithm.GOST2012_256), REQUEST),
                Instant.now(), SignerRole.CITIZEN);

        assertThat(v.algorithm()).isEqualTo(SignatureAlgorithm.GOST2012_256);
        assertThat(v.signer().algorithm()).isEqualTo("GOST3411-2012-256withECGOST3410-2012-256");
    }

    @Test
    void system_seal_from_a_pkcs12_key_is_accepted_through_the_contract_interfaces() {
        char[] pw = "seal-pw".toCharArray();
        Pkcs12Sealer sealer = Pkcs12Sealer.fromPkcs12(pki.system(SignatureAlgorithm.RSA_SHA256).toPkcs12(pw), pw);

        SignerIdentity who = verifier.verifyDetached(REQUEST, sealer.sealDetached(REQUEST));

        assertThat(who).isEqualTo(sealer.identity());
        assertThat(who.bin()).isEqualTo(TestPki.GATEWAY_BIN);
        assertThat(who.commonName()).isEqualTo("gateway-router");
        assertThat(who.iin()).isNull();
    }

    @Test
    void system_seal_carries_only_its_own_certificate_and_is_accepted_through_the_trusted_intermediate(
            @TempDir Path dir) throws Exception {
        char[] pw = "seal-pw".toCharArray();
        Path keyFile = dir.resolve("gateway.p12");
        Files.write(keyFile, pki.system(SignatureAlgorithm.RSA_SHA256).toPkcs12(pw));
        Pkcs12Sealer sealer = Pkcs12Sealer.systemSeal(keyFile, pw);

        byte[] seal = sealer.sealDetached(REQUEST);

        assertThat(CMS.open(seal).embeddedCertificatesDer()).hasSize(1);
        assertThat(verifier.verifyDetached(REQUEST, seal)).isEqualTo(sealer.identity());
        assertThat(seal.length).isLessThan(Pkcs12Sealer.fromPkcs12(Files.readAllBytes(keyFile), pw)
                .sealDetached(REQUEST).length);
    }

    @Test
    void system_seal_is_refused_by_a_verifier_that_does_not_trust_the_intermediate(@TempDir Path dir)
            throws Exception {
        char[] pw = "seal-pw".toCharArray();
        Path keyFile = dir.resolve("gateway.p12");
        Files.write(keyFile, pki.system(SignatureAlgorithm.RSA_SHA256).toPkcs12(pw));
        byte[] seal = Pkcs12Sealer.systemSeal(keyFile, pw).sealDetached(REQUEST);
        TrustAnchors rootsOnly = TrustAnchors.of(pki.ca.trustAnchors().anchors(), List.of());

        try (EdsVerifier rootsOnlyVerifier = EdsVerifier.create(VerifierConfig.builder(rootsOnly)
                .revocation(pki.revocation().build()).build())) {
            assertRejected(ReasonCode.EDS_UNTRUSTED_ISSUER, () -> rootsOnlyVerifier.verifyDetached(REQUEST, seal));
        }
    }

    @Test
    void garbage_empty_or_truncated_signature_is_refused_as_malformed() {
        byte[] junk = new byte[300];
        new Random(7).nextBytes(junk);
        byte[] good = sign(pki.citizen(SignatureAlgorithm.GOST2012_256), REQUEST);
        byte[] truncated = java.util.Arrays.copyOf(good, good.length / 2);

        assertRejected(ReasonCode.EDS_MALFORMED, () -> verifier.verifyDetached(REQUEST, junk));
        assertRejected(ReasonCode.EDS_MALFORMED, () -> verifier.verifyDetached(REQUEST, new byte[0]));
        assertRejected(ReasonCode.EDS_MALFORMED, () -> verifier.verifyDetached(REQUEST, truncated));
        assertRejected(ReasonCode.EDS_MALFORMED, () -> verifier.verifyDetached(REQUEST, REQUEST));
    }

    @Test
    void signature_without_the_signer_certificate_is_refused() {
        byte[] bare = CmsFixtures.withoutCertificates(sign(pki.citizen(SignatureAlgorithm.RSA_SHA256), REQUEST));

        assertRejected(ReasonCode.EDS_NO_SIGNER_CERTIFICATE,
                () -> verifier.verify(REQUEST, bare, Instant.now(), SignerRole.CITIZEN));
    }

    @Test
    void signature_with_two_signers_is_refused() {
        byte[] both = CmsFixtures.twoSigners(sign(pki.citizen(SignatureAlgorithm.RSA_SHA256), REQUEST),
                sign(pki.officer(SignatureAlgorithm.GOST2012_256), REQUEST));

        assertRejected(ReasonCode.EDS_MULTIPLE_SIGNERS,
                () -> verifier.verify(REQUEST, both, Instant.now(), SignerRole.CITIZEN));
    }

    @Test
    void signature_over_another_document_is_refused_as_content_mismatch() {
        byte[] cms = sign(pki.citizen(SignatureAlgorithm.RSA_SHA256), REQUEST);
        byte[] other = "{\"service\":\"job-seeker-registration\",\"iin\":\"900515300908\"}".getBytes(UTF_8);

        assertRejected(ReasonCode.EDS_CONTENT_MISMATCH,
                () -> verifier.verify(other, cms, Instant.now(), SignerRole.CITIZEN));
    }

    @Test
    void certificate_copying_nuc_names_but_not_signed_by_the_configured_root_is_untrusted() {
        for (SignatureAlgorithm alg : DevCertificateAuthority.ALGORITHMS) {
            IssuedCertificate forged = TestPki.impostor().issue(
                    DevSubject.citizen(TestPki.CITIZEN_IIN, "ТЕСТОВА", "АЙГЕРІМ", "СЕРІКҚЫЗЫ"), alg);
            assertThat(forged.certificate().getIssuerX500Principal())
                    .isEqualTo(pki.ca.intermediate(alg).getSubjectX500Principal());

            assertRejected(ReasonCode.EDS_UNTRUSTED_ISSUER,
                    () -> verifier.verify(REQUEST, sign(forged, REQUEST), Instant.now(), SignerRole.CITIZEN));
        }
    }

    @Test
    void certificate_expired_at_the_moment_of_receipt_is_refused() {
        Instant now = Instant.now();
        IssuedCertificate old = pki.fresh(SignatureAlgorithm.GOST2012_256,
                IssueOptions.validity(now.minus(Duration.ofDays(30)), now.minus(Duration.ofDays(1))));
        byte[] fresh = sign(pki.citizen(SignatureAlgorithm.GOST2012_256), REQUEST);

        assertRejected(ReasonCode.EDS_EXPIRED,
                () -> verifier.verify(REQUEST, sign(old, REQUEST), now, SignerRole.CITIZEN));
        assertRejected(ReasonCode.EDS_EXPIRED,
                () -> verifier.verify(REQUEST, fresh, now.plus(Duration.ofDays(400)), SignerRole.CITIZEN));
    }

    @Test
    void certificate_not_yet_valid_at_the_moment_of_receipt_is_refused() {
        Instant now = Instant.now();
        IssuedCertificate future = pki.fresh(SignatureAlgorithm.GOST2012_256,
                IssueOptions.validity(now.plus(Duration.ofDays(1)), now.plus(Duration.ofDays(30))));

        assertRejected(ReasonCode.EDS_NOT_YET_VALID,
                () -> verifier.verify(REQUEST, sign(future, REQUEST), now, SignerRole.CITIZEN));
    }

    @Test
    void certificate_on_the_revocation_list_is_refused() {
        IssuedCertificate cert = pki.fresh(SignatureAlgorithm.GOST2012_256, IssueOptions.defaults());
        byte[] cms = sign(cert, REQUEST);
        assertThat(verifier.verify(REQUEST, cms, Instant.now(), SignerRole.CITIZEN).signer()).isNotNull();

        pki.ca.revoke(cert.serial());
        pki.ca.publishCrls();
        verifier.refreshRevocation();

        assertRejected(ReasonCode.EDS_REVOKED, () -> verifier.verify(REQUEST, cms, Instant.now(), SignerRole.CITIZEN));
    }

    @Test
    void certificate_without_digital_signature_or_non_repudiation_usage_is_refused() {
        IssuedCertificate encryptionOnly = pki.fresh(SignatureAlgorithm.GOST2012_256,
                IssueOptions.defaults().withoutSigningUsage());

        assertRejected(ReasonCode.EDS_WRONG_KEY_USAGE,
                () -> verifier.verify(REQUEST, sign(encryptionOnly, REQUEST), Instant.now(), SignerRole.CITIZEN));
    }

    @Test
    void system_seal_with_gost_is_not_allowed_while_a_person_may_use_gost() {
        byte[] gostSeal = sign(pki.system(SignatureAlgorithm.GOST2012_256), REQUEST);

        assertRejected(ReasonCode.EDS_ALGORITHM_NOT_ALLOWED,
                () -> verifier.verify(REQUEST, gostSeal, Instant.now(), SignerRole.SYSTEM));
        assertRejected(ReasonCode.EDS_ALGORITHM_NOT_ALLOWED,
                () -> verifier.forRole(SignerRole.SYSTEM).verifyDetached(REQUEST, gostSeal));
        assertThat(verifier.verify(REQUEST, sign(pki.officer(SignatureAlgorithm.GOST2012_256), REQUEST),
                Instant.now(), SignerRole.OFFICER).algorithm()).isEqualTo(SignatureAlgorithm.GOST2012_256);
    }

    @Test
    void kazakh_gost_34_310_2004_signature_is_answered_not_supported() throws Exception {
        byte[] pem = getClass().getResourceAsStream("/nca-test/certs/ceo_valid_sign_2004_gost.cer").readAllBytes();
        X509CertificateHolder gost2004 = new X509CertificateHolder(
                new org.bouncycastle.util.io.pem.PemReader(new java.io.StringReader(new String(pem, UTF_8)))
                        .readPemObject().getContent());
        byte[] cms = CmsFixtures.withForeignSigner(sign(pki.citizen(SignatureAlgorithm.RSA_SHA256), REQUEST),
                gost2004, "1.2.398.3.10.1.3.1", "1.2.398.3.10.1.1.1.2");

        assertRejected(ReasonCode.EDS_ALGORITHM_NOT_SUPPORTED,
                () -> verifier.verify(REQUEST, cms, Instant.now(), SignerRole.OFFICER));
    }
}
