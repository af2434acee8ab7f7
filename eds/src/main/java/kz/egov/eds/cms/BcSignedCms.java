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
import kz.egov.eds.algorithm.SignatureAlgorithm;
import kz.egov.eds.algorithm.Verifiers;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignatureAlgorithmNameGenerator;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.DefaultCMSSignatureAlgorithmNameGenerator;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.SignerInformationVerifier;
import org.bouncycastle.operator.ContentVerifier;
import org.bouncycastle.operator.ContentVerifierProvider;
import org.bouncycastle.operator.DefaultSignatureAlgorithmIdentifierFinder;
import org.bouncycastle.operator.DigestCalculator;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.SignatureAlgorithmIdentifierFinder;

/** One signer of a parsed CMS signature (BouncyCastle), identified by its position among the SignerInfos. */
final class BcSignedCms implements SignedCms {

    /*
     * Shared, read-only after construction. BouncyCastle's JcaSimpleSignerInfoVerifierBuilder builds a new name
     * generator (tables of some hundred algorithm names) for every verification: a sixth of a verification's CPU in a
     * profile of the services.
     */
    private static final CMSSignatureAlgorithmNameGenerator NAMES = new DefaultCMSSignatureAlgorithmNameGenerator();
    private static final SignatureAlgorithmIdentifierFinder ALGORITHMS = new DefaultSignatureAlgorithmIdentifierFinder();

    private final ContentInfo contentInfo;
    private final CMSSignedData signedData;
    private final SignerInformation signer;
    private final int index;
    private final X509CertificateHolder signerCert;
    private final SignatureAlgorithm algorithm;

    BcSignedCms(ContentInfo contentInfo, CMSSignedData signedData, SignerInformation signer, int index,
                X509CertificateHolder signerCert, SignatureAlgorithm algorithm) {
        this.contentInfo = contentInfo;
        this.signedData = signedData;
        this.signer = signer;
        this.index = index;
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
    public Optional<byte[]> encapsulatedContent() {
        return BcCmsProvider.encapsulated(signedData);
    }

    @Override
    public void verifyContent(byte[] content, PublicKey signerKey) {
        if (content == null) {
            throw new RejectedException(ReasonCode.EDS_CONTENT_MISMATCH,
                    "detached signature and no content to check it against");
        }
        try {
            CMSSignedData withContent = new CMSSignedData(new CMSProcessableByteArray(content), contentInfo);
            SignerInformation si = new ArrayList<>(withContent.getSignerInfos().getSigners()).get(index);
            boolean ok = si.verify(new StrictVerifier(algorithm, Verifiers.forKey(signerKey)));
            if (!ok) {
                throw new RejectedException(ReasonCode.EDS_CONTENT_MISMATCH, "signature value does not verify");
            }
        } catch (CMSException e) {
            if (e.getCause() instanceof OperatorCreationException) {
                throw new RejectedException(ReasonCode.EDS_ALGORITHM_NOT_SUPPORTED,
                        "no verifier for " + algorithm.jcaName() + ": " + e.getCause().getMessage());
            }
            throw new RejectedException(ReasonCode.EDS_CONTENT_MISMATCH,
                    "signature does not match the document: " + e.getMessage());
        }
    }

    /**
     * Verifies as the suite decided when the CMS was opened, never as BouncyCastle would name the SignerInfo's
     * algorithms: a SignerInfo naming SHA-256 as its digest but sha1WithRSA as its signature is never checked with
     * SHA-1 (it is refused before), rsaEncryption is checked as sha256WithRSAEncryption, and the Kazakh OIDs are
     * known. No associated certificate: validity is checked at the caller's moment, not at signingTime.
     */
    private static final class StrictVerifier extends SignerInformationVerifier {
        private final SignatureAlgorithm algorithm;
        private final ContentVerifierProvider keys;

        StrictVerifier(SignatureAlgorithm algorithm, ContentVerifierProvider keys) {
            super(NAMES, ALGORITHMS, keys, Verifiers.digests());
            this.algorithm = algorithm;
            this.keys = keys;
        }

        @Override
        public boolean hasAssociatedCertificate() {
            return false;
        }

        @Override
        public ContentVerifier getContentVerifier(AlgorithmIdentifier signing, AlgorithmIdentifier digest)
                throws OperatorCreationException {
            return keys.get(algorithm.signatureAlgorithm());
        }

        @Override
        public DigestCalculator getDigestCalculator(AlgorithmIdentifier digest) throws OperatorCreationException {
            return Verifiers.digests().get(new AlgorithmIdentifier(algorithm.digestOid()));
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
