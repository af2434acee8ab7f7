package kz.egov.eds.cms;

import java.io.IOException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import kz.egov.contract.reason.ReasonCode;
import kz.egov.contract.reason.RejectedException;
import kz.egov.eds.algorithm.BouncyCastle;
import kz.egov.eds.algorithm.KazakhGost;
import kz.egov.eds.algorithm.SignatureAlgorithm;
import kz.egov.eds.algorithm.Verifiers;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.CMSObjectIdentifiers;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.IssuerSerial;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSAttributeTableGenerator;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.CMSTypedData;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.SignerInfoGenerator;
import org.bouncycastle.cms.SignerInfoGeneratorBuilder;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.DefaultAlgorithmNameFinder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * CMS (PKCS#7) ЭЦП with BouncyCastle. Signs CAdES-BES (RSA-SHA256, GOST 2012-256/Streebog-256) and Kalkan's form of
 * Kazakh GOST 2015-512; reads any CMS SignedData, attached or detached, one signer or several, as НУЦ's Kalkan and
 * NCALayer, OpenSSL and BouncyCastle write them.
 */
public final class BcCmsProvider implements CmsProvider {

    private static final DefaultAlgorithmNameFinder NAMES = new DefaultAlgorithmNameFinder();

    private final Clock clock;

    /** Signing times of Kazakh GOST 2015 signatures from the system clock. */
    public BcCmsProvider() {
        this(Clock.systemUTC());
    }

    /** @param clock the signing-time of the Kazakh GOST 2015 signatures it writes */
    public BcCmsProvider(Clock clock) {
        BouncyCastle.provider();
        this.clock = clock;
    }

    @Override
    public byte[] signDetached(byte[] content, SigningKey key) {
        return sign(content, key, false);
    }

    /** As {@link #signDetached}, with the content inside the CMS (as NCALayer's attached signatures). */
    public byte[] signAttached(byte[] content, SigningKey key) {
        return sign(content, key, true);
    }

    private byte[] sign(byte[] content, SigningKey key, boolean attached) {
        try {
            CMSSignedDataGenerator gen = new CMSSignedDataGenerator();
            gen.addSignerInfoGenerator(key.algorithm() == SignatureAlgorithm.GOST2015_512
                    ? kalkanSignerInfo(key) : cadesSignerInfo(key));
            gen.addCertificates(new JcaCertStore(certificatesToEmbed(key)));
            return gen.generate(new CMSProcessableByteArray(content), attached).getEncoded("DER");
        } catch (OperatorCreationException | CMSException | CertificateEncodingException | IOException e) {
            throw new IllegalStateException("signing failed", e);
        }
    }

    private static SignerInfoGenerator cadesSignerInfo(SigningKey key)
            throws OperatorCreationException, CertificateEncodingException, IOException {
        SignatureAlgorithm alg = key.algorithm();
        ContentSigner signer = alg.contentSigner(key.privateKey());
        return new JcaSignerInfoGeneratorBuilder(
                new JcaDigestCalculatorProviderBuilder().setProvider(BouncyCastle.provider()).build())
                .setSignedAttributeGenerator(new DefaultSignedAttributeTableGenerator(
                        new AttributeTable(signingCertificateV2(key.certificate(), alg))))
                .build(signer, key.certificate());
    }

    /**
     * Kalkan's SignerInfo: Kazakh digest and signature OIDs, the signature value little-endian, and exactly the signed
     * attributes Kalkan writes (content-type, signing-time, message-digest).
     */
    private SignerInfoGenerator kalkanSignerInfo(SigningKey key)
            throws OperatorCreationException, CertificateEncodingException, IOException {
        CMSAttributeTableGenerator attributes = params -> {
            ASN1EncodableVector v = new ASN1EncodableVector();
            v.add(new Attribute(CMSAttributes.contentType,
                    new DERSet((ASN1ObjectIdentifier) params.get(CMSAttributeTableGenerator.CONTENT_TYPE))));
            v.add(new Attribute(CMSAttributes.signingTime, new DERSet(new Time(Date.from(clock.instant())))));
            v.add(new Attribute(CMSAttributes.messageDigest,
                    new DERSet(new DEROctetString((byte[]) params.get(CMSAttributeTableGenerator.DIGEST)))));
            return new AttributeTable(v);
        };
        return new SignerInfoGeneratorBuilder(Verifiers.digests())
                .setContentDigest(KazakhGost.digestAlgorithm())
                .setSignedAttributeGenerator(attributes)
                .build(KazakhGost.signer(key.privateKey()), new X509CertificateHolder(key.certificate().getEncoded()));
    }

    @Override
    public SignedCms open(byte[] cms) {
        ContentInfo contentInfo = parseContentInfo(cms);
        CMSSignedData signedData = signedData(contentInfo);
        List<SignerInformation> signers = signers(signedData);
        if (signers.size() > 1) {
            throw new RejectedException(ReasonCode.EDS_MULTIPLE_SIGNERS, "CMS has " + signers.size() + " signers");
        }
        return parseSigner(contentInfo, signedData, signers.get(0), 0);
    }

    @Override
    public List<ParsedSigner> openEach(byte[] cms) {
        ContentInfo contentInfo = parseContentInfo(cms);
        CMSSignedData signedData = signedData(contentInfo);
        List<SignerInformation> signers = signers(signedData);
        List<ParsedSigner> out = new ArrayList<>(signers.size());
        for (int i = 0; i < signers.size(); i++) {
            SignerInformation signer = signers.get(i);
            String algorithms = describeAlgorithms(signer);
            byte[] certDer = null;
            try {
                X509CertificateHolder cert = signerCertificate(signedData, signer);
                certDer = cert.getEncoded();
                out.add(new ParsedSigner(i, certDer, algorithms, parseSigner(contentInfo, signedData, signer, i),
                        null));
            } catch (RejectedException e) {
                out.add(new ParsedSigner(i, certDer, algorithms, null, e));
            } catch (IOException | RuntimeException e) {
                out.add(new ParsedSigner(i, certDer, algorithms, null, new RejectedException(
                        ReasonCode.EDS_MALFORMED, "unreadable signer " + i + ": " + e.getClass().getSimpleName())));
            }
        }
        return out;
    }

    private static SignedCms parseSigner(ContentInfo contentInfo, CMSSignedData signedData, SignerInformation signer,
            int index) {
        X509CertificateHolder signerCert = signerCertificate(signedData, signer);
        SignatureAlgorithm alg = SignatureAlgorithm.forSignerInfo(
                signerCert.getSubjectPublicKeyInfo().getAlgorithm().getAlgorithm().getId(),
                signer.getDigestAlgOID(), signer.getEncryptionAlgOID());
        if (signer.getSignedAttributes() == null) {
            throw new RejectedException(ReasonCode.EDS_MALFORMED, "no signed attributes");
        }
        EssCheck.checkSigningCertificate(signer, signerCert);
        EssCheck.checkAlgorithmProtection(signer);
        return new BcSignedCms(contentInfo, signedData, signer, index, signerCert, alg);
    }

    /** e.g. {@code SHA1WITHRSA (digest SHA1)}; OIDs BouncyCastle does not name stay OIDs. */
    private static String describeAlgorithms(SignerInformation signer) {
        try {
            return NAMES.getAlgorithmName(new ASN1ObjectIdentifier(signer.getEncryptionAlgOID())) + " (digest "
                    + NAMES.getAlgorithmName(new ASN1ObjectIdentifier(signer.getDigestAlgOID())) + ")";
        } catch (RuntimeException e) {
            return signer.getEncryptionAlgOID() + " (digest " + signer.getDigestAlgOID() + ")";
        }
    }

    /** The encapsulated content of an attached CMS; empty for a detached one. */
    static Optional<byte[]> encapsulated(CMSSignedData signedData) {
        CMSTypedData content = signedData.getSignedContent();
        if (content == null || !(content.getContent() instanceof byte[] bytes)) {
            return Optional.empty();
        }
        return Optional.of(bytes.clone());
    }

    private static CMSSignedData signedData(ContentInfo contentInfo) {
        try {
            return new CMSSignedData(contentInfo);
        } catch (CMSException | RuntimeException e) {
            throw new RejectedException(ReasonCode.EDS_MALFORMED,
                    "not a CMS SignedData: " + e.getClass().getSimpleName());
        }
    }

    private static List<SignerInformation> signers(CMSSignedData signedData) {
        Collection<SignerInformation> signers;
        try {
            signers = signedData.getSignerInfos().getSigners();
        } catch (RuntimeException e) {
            throw new RejectedException(ReasonCode.EDS_MALFORMED,
                    "not a CMS SignedData: " + e.getClass().getSimpleName());
        }
        if (signers.isEmpty()) {
            throw new RejectedException(ReasonCode.EDS_MALFORMED, "CMS has no signer");
        }
        return new ArrayList<>(signers);
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
