package kz.egov.eds.verify;

import static java.nio.charset.StandardCharsets.UTF_8;
import static kz.egov.eds.Rejections.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;

import kz.egov.contract.message.SignerRole;
import kz.egov.contract.reason.ReasonCode;
import kz.egov.eds.CmsFixtures;
import kz.egov.eds.TestPki;
import kz.egov.eds.algorithm.AllowedAlgorithms;
import kz.egov.eds.algorithm.SignatureAlgorithm;
import kz.egov.eds.cms.BcCmsProvider;
import kz.egov.eds.devca.IssuedCertificate;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAlgorithmProtection;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.SignerInfo;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignatureEncryptionAlgorithmFinder;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The allow-list covers a SignerInfo's signature algorithm as well as its digest: no MD5 or SHA-1 in an accepted
 * signature, however the SignerInfo names them; rsaEncryption as the signature algorithm (OpenSSL's form) is
 * sha256WithRSAEncryption; CMSAlgorithmProtection and signing-certificate-v2 are checked when present.
 */
class SignatureAlgorithmPolicyTest {

    private static final byte[] DOC = "{\"service\":\"job-seeker-registration\"}".getBytes(UTF_8);
    private static final AlgorithmIdentifier SHA256 = new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256);
    private static final AlgorithmIdentifier SHA256_WITH_RSA =
            new AlgorithmIdentifier(PKCSObjectIdentifiers.sha256WithRSAEncryption, DERNull.INSTANCE);

    private static TestPki pki;
    private static EdsVerifier verifier;
    private static IssuedCertificate citizen;

    @BeforeAll
    static void start() {
        pki = TestPki.shared();
        verifier = pki.verifier();
        citizen = pki.citizen(SignatureAlgorithm.RSA_SHA256);
    }

    @AfterAll
    static void stop() {
        verifier.close();
    }

    /** The SignerInfo names the signature algorithm as given: no mapping to rsaEncryption. */
    private static final CMSSignatureEncryptionAlgorithmFinder AS_IS = sigAlg -> sigAlg;
    /** OpenSSL's form: rsaEncryption whatever the digest. */
    private static final CMSSignatureEncryptionAlgorithmFinder RSA_ENCRYPTION = sigAlg ->
            new AlgorithmIdentifier(PKCSObjectIdentifiers.rsaEncryption, DERNull.INSTANCE);

    /**
     * A CMS signed with {@code jcaSignature}, its SignerInfo naming the signature algorithm as {@code names} says and
     * the digest {@code digest} (null: the signature's own), with extra signed attributes.
     */
    private static byte[] sign(String jcaSignature, AlgorithmIdentifier digest,
            CMSSignatureEncryptionAlgorithmFinder names, ASN1EncodableVector extraAttributes) throws Exception {
        DefaultSignedAttributeTableGenerator standard = new DefaultSignedAttributeTableGenerator();
        // BouncyCastle writes its own CMSAlgorithmProtection: the extra attributes replace the standard ones
        JcaSignerInfoGeneratorBuilder b = new JcaSignerInfoGeneratorBuilder(
                new JcaDigestCalculatorProviderBuilder().setProvider("BC").build(), names)
                .setSignedAttributeGenerator(params -> {
                    AttributeTable table = standard.getAttributes(params);
                    for (int i = 0; i < extraAttributes.size(); i++) {
                        Attribute a = (Attribute) extraAttributes.get(i);
                        table = table.remove(a.getAttrType()).add(a.getAttrType(), a.getAttrValues().getObjectAt(0));
                    }
                    return table;
                });
        if (digest != null) {
            b.setContentDigest(digest);
        }
        CMSSignedDataGenerator gen = new CMSSignedDataGenerator();
        gen.addSignerInfoGenerator(b.build(new JcaContentSignerBuilder(jcaSignature).setProvider("BC")
                .build(citizen.privateKey()), citizen.certificate()));
        gen.addCertificates(new JcaCertStore(List.of(citizen.certificate())));
        return gen.generate(new CMSProcessableByteArray(DOC), false).getEncoded("DER");
    }

    private static VerifiedSignature check(byte[] cms) {
        return verifier.verify(DOC, cms, Instant.now(), SignerRole.CITIZEN);
    }

    private static SignerInfo signerInfo(byte[] cms) {
        return CmsFixtures.signerInfos(cms).get(0);
    }

    @Test
    void sha1_signature_is_refused_as_not_allowed() throws Exception {
        byte[] cms = sign("SHA1withRSA", null, AS_IS, new ASN1EncodableVector());

        assertThat(signerInfo(cms).getDigestAlgorithm().getAlgorithm().getId()).isEqualTo("1.3.14.3.2.26");
        assertRejected(ReasonCode.EDS_ALGORITHM_NOT_ALLOWED, () -> check(cms));
        SignerVerdict v = verifier.verifyEach(DOC, cms, Instant.now(), SignerRole.CITIZEN).get(0);
        assertThat(v.reasonCode()).isEqualTo(ReasonCode.EDS_ALGORITHM_NOT_ALLOWED);
        assertThat(v.algorithm()).as("what the SignerInfo names").contains("SHA1");
        assertThat(v.iin()).isEqualTo(TestPki.CITIZEN_IIN);
    }

    @Test
    void md5_signature_is_refused_as_not_allowed() throws Exception {
        byte[] cms = sign("MD5withRSA", null, AS_IS, new ASN1EncodableVector());

        assertRejected(ReasonCode.EDS_ALGORITHM_NOT_ALLOWED, () -> check(cms));
    }

    @Test
    void sha1_signature_algorithm_under_a_sha256_digest_is_refused_as_not_allowed() throws Exception {
        byte[] cms = sign("SHA1withRSA", SHA256, AS_IS, new ASN1EncodableVector());

        assertThat(signerInfo(cms).getDigestAlgorithm().getAlgorithm()).isEqualTo(NISTObjectIdentifiers.id_sha256);
        assertThat(signerInfo(cms).getDigestEncryptionAlgorithm().getAlgorithm())
                .isEqualTo(PKCSObjectIdentifiers.sha1WithRSAEncryption);
        assertRejected(ReasonCode.EDS_ALGORITHM_NOT_ALLOWED, () -> check(cms));
    }

    @Test
    void sha1_signature_value_named_rsa_encryption_under_a_sha256_digest_is_checked_as_sha256_and_refused()
            throws Exception {
        byte[] cms = sign("SHA1withRSA", SHA256, RSA_ENCRYPTION, new ASN1EncodableVector());

        assertRejected(ReasonCode.EDS_CONTENT_MISMATCH, () -> check(cms));
    }

    @Test
    void rsa_encryption_as_the_signature_algorithm_with_sha256_is_accepted() throws Exception {
        byte[] cms = sign("SHA256withRSA", null, RSA_ENCRYPTION, new ASN1EncodableVector());

        assertThat(signerInfo(cms).getDigestEncryptionAlgorithm().getAlgorithm())
                .isEqualTo(PKCSObjectIdentifiers.rsaEncryption);
        assertThat(check(cms).algorithm()).isEqualTo(SignatureAlgorithm.RSA_SHA256);
    }

    @Test
    void sha256_with_rsa_encryption_as_the_signature_algorithm_is_accepted() throws Exception {
        byte[] cms = sign("SHA256withRSA", null, AS_IS, new ASN1EncodableVector());

        assertThat(signerInfo(cms).getDigestEncryptionAlgorithm().getAlgorithm())
                .isEqualTo(PKCSObjectIdentifiers.sha256WithRSAEncryption);
        assertThat(check(cms).algorithm()).isEqualTo(SignatureAlgorithm.RSA_SHA256);
    }

    @Test
    void sha512_digest_with_an_rsa_key_is_answered_not_supported() throws Exception {
        byte[] cms = sign("SHA512withRSA", null, AS_IS, new ASN1EncodableVector());

        assertRejected(ReasonCode.EDS_ALGORITHM_NOT_SUPPORTED, () -> check(cms));
    }

    @Test
    void cms_algorithm_protection_matching_the_signer_info_is_accepted() throws Exception {
        byte[] ours = new BcCmsProvider().signDetached(DOC, citizen.signingKey());

        assertThat(CmsFixtures.signedAttributeTypes(signerInfo(ours)))
                .as("BouncyCastle writes CMSAlgorithmProtection").contains(CMSAttributes.cmsAlgorithmProtect.getId());
        assertThat(check(ours).signer().iin()).isEqualTo(TestPki.CITIZEN_IIN);
    }

    @Test
    void cms_algorithm_protection_naming_another_digest_is_refused() throws Exception {
        ASN1EncodableVector attrs = new ASN1EncodableVector();
        attrs.add(new Attribute(CMSAttributes.cmsAlgorithmProtect, new DERSet(new CMSAlgorithmProtection(
                new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha512), CMSAlgorithmProtection.SIGNATURE,
                SHA256_WITH_RSA))));
        byte[] cms = sign("SHA256withRSA", null, AS_IS, attrs);

        assertRejected(ReasonCode.EDS_MALFORMED, () -> check(cms));
    }

    @Test
    void cms_algorithm_protection_naming_another_signature_algorithm_is_refused() throws Exception {
        ASN1EncodableVector attrs = new ASN1EncodableVector();
        attrs.add(new Attribute(CMSAttributes.cmsAlgorithmProtect, new DERSet(new CMSAlgorithmProtection(SHA256,
                CMSAlgorithmProtection.SIGNATURE, new AlgorithmIdentifier(PKCSObjectIdentifiers.sha512WithRSAEncryption,
                        DERNull.INSTANCE)))));
        byte[] cms = sign("SHA256withRSA", null, AS_IS, attrs);

        assertRejected(ReasonCode.EDS_MALFORMED, () -> check(cms));
    }

    @Test
    void signing_certificate_v2_when_present_must_name_the_signer_certificate() throws Exception {
        X509Certificate other = pki.officer(SignatureAlgorithm.RSA_SHA256).certificate();
        ASN1EncodableVector attrs = new ASN1EncodableVector();
        attrs.add(new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2, new DERSet(new SigningCertificateV2(
                new ESSCertIDv2[] {new ESSCertIDv2(SignatureAlgorithm.RSA_SHA256.digest(other.getEncoded()))}))));
        byte[] cms = sign("SHA256withRSA", null, AS_IS, attrs);

        assertRejected(ReasonCode.EDS_NO_SIGNER_CERTIFICATE, () -> check(cms));
    }

    @Test
    void gost_2015_is_allowed_for_people_and_systems_seal_with_rsa_only_by_default() {
        AllowedAlgorithms defaults = AllowedAlgorithms.defaults();

        for (SignerRole person : new SignerRole[] {SignerRole.CITIZEN, SignerRole.OFFICER, SignerRole.OPERATOR}) {
            assertThat(defaults.isAllowed(person, SignatureAlgorithm.GOST2015_512)).isTrue();
            assertThat(defaults.isAllowed(person, SignatureAlgorithm.GOST2012_256)).isTrue();
            assertThat(defaults.isAllowed(person, SignatureAlgorithm.RSA_SHA256)).isTrue();
        }
        assertThat(defaults.isAllowed(SignerRole.SYSTEM, SignatureAlgorithm.GOST2015_512)).isFalse();
        assertThat(defaults.isAllowed(SignerRole.SYSTEM, SignatureAlgorithm.RSA_SHA256)).isTrue();
    }
}
