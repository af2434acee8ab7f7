package kz.egov.eds.cms;

import java.io.IOException;
import java.security.PublicKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import kz.egov.contract.reason.ReasonCode;
import kz.egov.contract.reason.RejectedException;
import kz.egov.eds.algorithm.BouncyCastle;
import kz.egov.eds.algorithm.SignatureAlgorithm;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignatureAlgorithmNameGenerator;
import org.bouncycastle.cms.DefaultCMSSignatureAlgorithmNameGenerator;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.SignerInformationVerifier;
import org.bouncycastle.operator.DefaultSignatureAlgorithmIdentifierFinder;
import org.bouncycastle.operator.DigestCalculatorProvider;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.SignatureAlgorithmIdentifierFinder;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/** A parsed single-signer CMS signature (BouncyCastle). */
final class BcSignedCms implements SignedCms {

    /*
     * Shared, read-only after construction. BouncyCastle's JcaSimpleSignerInfoVerifierBuilder builds a new name
     * generator (tables of some hundred algorithm names) for every verification: a sixth of a verification's CPU in a
     * profile of the services.
     */
    private static final CMSSignatureAlgorithmNameGenerator NAMES = new DefaultCMSSignatureAlgorithmNameGenerator();
    private static final SignatureAlgorithmIdentifierFinder ALGORITHMS = new DefaultSignatureAlgorithmIdentifierFinder();
    private static final DigestCalculatorProvider DIGESTS = digests();

    private final ContentInfo contentInfo;
    private final CMSSignedData signedData;
    private final SignerInformation signer;
    private final X509CertificateHolder signerCert;
    private final SignatureAlgorithm algorithm;

    BcSignedCms(ContentInfo contentInfo, CMSSignedData signedData, SignerInformation signer,
                X509CertificateHolder signerCert, SignatureAlgorithm algorithm) {
        this.contentInfo = contentInfo;
        this.signedData = signedData;
        this.signer = signer;
        this.signerCert = signerCert;
        this.algorithm = algorithm;
    }

    @Override
    public byte[] signerCertificateDer() {
        return encode(signerCert);
    }

    @Override
    public List<byte[]> embeddedCertificatesDer() {
        Collection<X509CertificateHolder> all = signedData.getCertificates().getMatches(null);
        List<byte[]> out = new ArrayList<>(all.size());
        for (X509CertificateHolder h : all) {
            out.add(encode(h));
        }
        return out;
    }

    @Override
    public SignatureAlgorithm algorithm() {
        return algorithm;
    }

    @Override
    public Optional<Instant> signingTime() {
        Attribute attr = signer.getSignedAttributes().get(CMSAttributes.signingTime);
        if (attr == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Time.getInstance(attr.getAttrValues().getObjectAt(0)).getDate().toInstant());
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    @Override
    public void verifyContent(byte[] content, PublicKey signerKey) {
        try {
            CMSSignedData withContent = new CMSSignedData(new CMSProcessableByteArray(content), contentInfo);
            SignerInformation si = withContent.getSignerInfos().getSigners().iterator().next();
            boolean ok = si.verify(new SignerInformationVerifier(NAMES, ALGORITHMS,
                    new JcaContentVerifierProviderBuilder().setProvider(BouncyCastle.provider()).build(signerKey), DIGESTS));
            if (!ok) {
                throw new RejectedException(ReasonCode.EDS_CONTENT_MISMATCH, "signature value does not verify");
            }
        } catch (OperatorCreationException e) {
            throw new RejectedException(ReasonCode.EDS_ALGORITHM_NOT_SUPPORTED, "no verifier for " + algorithm.jcaName());
        } catch (CMSException e) {
            throw new RejectedException(ReasonCode.EDS_CONTENT_MISMATCH,
                    "signature does not match the document: " + e.getMessage());
        }
    }

    private static DigestCalculatorProvider digests() {
        try {
            return new JcaDigestCalculatorProviderBuilder().setProvider(BouncyCastle.provider()).build();
        } catch (OperatorCreationException e) {
            throw new IllegalStateException("no digest calculators", e);
        }
    }

    private static byte[] encode(X509CertificateHolder h) {
        try {
            return h.getEncoded();
        } catch (IOException e) {
            throw new RejectedException(ReasonCode.EDS_MALFORMED, "unencodable certificate");
        }
    }
}
