package kz.egov.eds.cms;

import java.io.IOException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import kz.egov.contract.reason.ReasonCode;
import kz.egov.contract.reason.RejectedException;
import kz.egov.eds.algorithm.BouncyCastle;
import kz.egov.eds.algorithm.SignatureAlgorithm;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSObjectIdentifiers;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.IssuerSerial;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/** CMS (PKCS#7) ЭЦП with BouncyCastle: CAdES-BES detached signatures, RSA-SHA256 and GOST 2012-256/Streebog-256. */
public final class BcCmsProvider implements CmsProvider {

    public BcCmsProvider() {
        BouncyCastle.provider();
    }

    @Override
    public byte[] signDetached(byte[] content, SigningKey key) {
        try {
            SignatureAlgorithm alg = key.algorithm();
            ContentSigner signer = new JcaContentSignerBuilder(alg.jcaName())
                    .setProvider(BouncyCastle.provider()).build(key.privateKey());
            CMSSignedDataGenerator gen = new CMSSignedDataGenerator();
            gen.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(
                    new JcaDigestCalculatorProviderBuilder().setProvider(BouncyCastle.provider()).build())
                    .setSignedAttributeGenerator(new DefaultSignedAttributeTableGenerator(
                            new AttributeTable(signingCertificateV2(key.certificate(), alg))))
                    .build(signer, key.certificate()));
            gen.addCertificates(new JcaCertStore(certificatesToEmbed(key)));
            return gen.generate(new CMSProcessableByteArray(content), false).getEncoded("DER");
        } catch (OperatorCreationException | CMSException | CertificateEncodingException | IOException e) {
            throw new IllegalStateException("signing failed", e);
        }
    }

    @Override
    public SignedCms open(byte[] cms) {
        ContentInfo contentInfo = parseContentInfo(cms);
        CMSSignedData signedData;
        Collection<SignerInformation> signers;
        try {
            signedData = new CMSSignedData(contentInfo);
            signers = signedData.getSignerInfos().getSigners();
        } catch (CMSException | RuntimeException e) {
            throw new RejectedException(ReasonCode.EDS_MALFORMED, "not a CMS SignedData: " + e.getClass().getSimpleName());
        }
        if (signers.isEmpty()) {
            throw new RejectedException(ReasonCode.EDS_MALFORMED, "CMS has no signer");
        }
        if (signers.size() > 1) {
            throw new RejectedException(ReasonCode.EDS_MULTIPLE_SIGNERS, "CMS has " + signers.size() + " signers");
        }
        SignerInformation signer = signers.iterator().next();
        X509CertificateHolder signerCert = signerCertificate(signedData, signer);
        SignatureAlgorithm alg = algorithmOf(signerCert, signer);
        if (signer.getSignedAttributes() == null) {
            throw new RejectedException(ReasonCode.EDS_MALFORMED, "not CAdES-BES: no signed attributes");
        }
        EssCheck.requireSigningCertificateV2(signer, signerCert);
        return new BcSignedCms(contentInfo, signedData, signer, signerCert, alg);
    }

    private static ContentInfo parseContentInfo(byte[] cms) {
        if (cms == null || cms.length == 0) {
            throw new RejectedException(ReasonCode.EDS_MALFORMED, "empty signature");
        }
        try {
            ContentInfo ci = ContentInfo.getInstance(ASN1Primitive.fromByteArray(cms));
            if (ci == null || !CMSObjectIdentifiers.signedData.equals(ci.getContentType())) {
                throw new RejectedException(ReasonCode.EDS_MALFORMED, "not a CMS SignedData");
            }
            return ci;
        } catch (IOException | RuntimeException e) {
            if (e instanceof RejectedException r) {
                throw r;
            }
            throw new RejectedException(ReasonCode.EDS_MALFORMED, "not DER/BER CMS: " + e.getClass().getSimpleName());
        }
    }

    @SuppressWarnings("unchecked")
    private static X509CertificateHolder signerCertificate(CMSSignedData sd, SignerInformation signer) {
        Collection<X509CertificateHolder> matches;
        try {
            matches = sd.getCertificates().getMatches(signer.getSID());
        } catch (RuntimeException e) {
            throw new RejectedException(ReasonCode.EDS_MALFORMED, "unreadable certificates in CMS");
        }
        if (matches.isEmpty()) {
            throw new RejectedException(ReasonCode.EDS_NO_SIGNER_CERTIFICATE, "the signer's certificate is not in the CMS");
        }
        return matches.iterator().next();
    }

    private static SignatureAlgorithm algorithmOf(X509CertificateHolder cert, SignerInformation signer) {
        String keyOid = cert.getSubjectPublicKeyInfo().getAlgorithm().getAlgorithm().getId();
        SignatureAlgorithm alg = SignatureAlgorithm.forPublicKeyOid(keyOid).orElseThrow(() ->
                new RejectedException(ReasonCode.EDS_ALGORITHM_NOT_SUPPORTED, "public key algorithm " + keyOid));
        if (!alg.digestOid().getId().equals(signer.getDigestAlgOID())) {
            throw new RejectedException(ReasonCode.EDS_ALGORITHM_NOT_SUPPORTED,
                    "digest " + signer.getDigestAlgOID() + " with " + alg.jcaName());
        }
        return alg;
    }

    private static ASN1EncodableVector signingCertificateV2(X509Certificate cert, SignatureAlgorithm alg)
            throws CertificateEncodingException, IOException {
        X509CertificateHolder h = new X509CertificateHolder(cert.getEncoded());
        ESSCertIDv2 id = new ESSCertIDv2(new AlgorithmIdentifier(alg.digestOid()), alg.digest(cert.getEncoded()),
                new IssuerSerial(new GeneralNames(new GeneralName(h.getIssuer())), h.getSerialNumber()));
        ASN1EncodableVector attrs = new ASN1EncodableVector();
        attrs.add(new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2,
                new DERSet(new SigningCertificateV2(new ESSCertIDv2[] {id}))));
        return attrs;
    }

    /** The leaf and its intermediates; self-signed roots stay out (the verifier has them). */
    private static List<X509Certificate> certificatesToEmbed(SigningKey key) {
        List<X509Certificate> certs = new ArrayList<>();
        certs.add(key.certificate());
        for (X509Certificate c : key.chain()) {
            if (!c.getSubjectX500Principal().equals(c.getIssuerX500Principal())) {
                certs.add(c);
            }
        }
        return certs;
    }
}
