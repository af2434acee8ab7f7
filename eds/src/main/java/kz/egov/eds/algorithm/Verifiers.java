package kz.egov.eds.algorithm;

import java.io.IOException;
import java.security.PublicKey;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;

import kz.egov.contract.reason.ReasonCode;
import kz.egov.contract.reason.RejectedException;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.operator.ContentVerifier;
import org.bouncycastle.operator.ContentVerifierProvider;
import org.bouncycastle.operator.DigestCalculator;
import org.bouncycastle.operator.DigestCalculatorProvider;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * Public keys and signature checks for every algorithm this library reads, Kazakh GOST 2015 included: what
 * certificate paths, CRLs, OCSP answers and CMS signatures are verified with. BouncyCastle's own look-ups know no
 * Kazakh OID; these know them and hand everything else to BouncyCastle.
 */
public final class Verifiers {

    private static final DigestCalculatorProvider JCA_DIGESTS = jcaDigests();
    private static final DigestCalculatorProvider DIGESTS = new DigestCalculatorProvider() {
        @Override
        public DigestCalculator get(AlgorithmIdentifier algorithm) throws OperatorCreationException {
            return KazakhGost.DIGEST.equals(algorithm.getAlgorithm()) ? KazakhGost.digestCalculator()
                    : JCA_DIGESTS.get(algorithm);
        }
    };

    /**
     * The key of a SubjectPublicKeyInfo: Kazakh GOST 2015 re-wrapped under TC26 OIDs, the rest as BouncyCastle reads
     * them.
     *
     * @throws RejectedException EDS_ALGORITHM_NOT_SUPPORTED for a key algorithm not implemented (e.g. Kazakh GOST
     *         34.310-2004), EDS_MALFORMED for an unreadable key
     */
    public static PublicKey publicKey(SubjectPublicKeyInfo spki) {
        if (KazakhGost.isKazakhKey(spki.getAlgorithm())) {
            return KazakhGost.publicKey(spki);
        }
        PublicKey key;
        try {
            key = BouncyCastleProvider.getPublicKey(spki);
        } catch (IOException | RuntimeException e) {
            key = null;
        }
        if (key == null) {
            throw new RejectedException(ReasonCode.EDS_ALGORITHM_NOT_SUPPORTED,
                    "public key algorithm " + spki.getAlgorithm().getAlgorithm().getId());
        }
        return key;
    }

    /** The public key of a certificate, also where the JCA certificate gives none (Kazakh GOST 2015). */
    public static PublicKey publicKey(X509Certificate certificate) {
        PublicKey key = certificate.getPublicKey();
        if (key != null) {
            return key;
        }
        try {
            return publicKey(new X509CertificateHolder(certificate.getEncoded()).getSubjectPublicKeyInfo());
        } catch (CertificateEncodingException | IOException e) {
            throw new RejectedException(ReasonCode.EDS_MALFORMED, "unencodable certificate");
        }
    }

    /**
     * Verifiers under {@code key}: the Kazakh GOST 2015 signature OID verified here (value byte-reversed), every other
     * algorithm by BouncyCastle's JCA verifiers. Never tied to a certificate: validity is checked by the caller at the
     * moment it decides, not at a signing time.
     */
    public static ContentVerifierProvider forKey(PublicKey key) {
        ContentVerifierProvider jca;
        try {
            jca = new JcaContentVerifierProviderBuilder().setProvider(BouncyCastle.provider()).build(key);
        } catch (OperatorCreationException e) {
            throw new RejectedException(ReasonCode.EDS_ALGORITHM_NOT_SUPPORTED,
                    "no verifier for " + key.getAlgorithm());
        }
        return new ContentVerifierProvider() {
            @Override
            public boolean hasAssociatedCertificate() {
                return false;
            }

            @Override
            public X509CertificateHolder getAssociatedCertificate() {
                return null;
            }

            @Override
            public ContentVerifier get(AlgorithmIdentifier algorithm) throws OperatorCreationException {
                if (KazakhGost.SIGNATURE.equals(algorithm.getAlgorithm())) {
                    try {
                        return KazakhGost.verifier(key);
                    } catch (RejectedException e) {
                        throw new OperatorCreationException(e.getMessage(), e);
                    }
                }
                return jca.get(algorithm);
            }
        };
    }

    /** Verifiers under the public key of {@code issuer} (a CA or OCSP responder certificate). */
    public static ContentVerifierProvider forCertificate(X509Certificate issuer) {
        return forKey(publicKey(issuer));
    }

    /** Digest calculators by OID: Streebog-512 under the Kazakh OID, the rest from BouncyCastle. */
    public static DigestCalculatorProvider digests() {
        return DIGESTS;
    }

    private static DigestCalculatorProvider jcaDigests() {
        try {
            return new JcaDigestCalculatorProviderBuilder().setProvider(BouncyCastle.provider()).build();
        } catch (OperatorCreationException e) {
            throw new IllegalStateException("no digest calculators", e);
        }
    }

    private Verifiers() {
    }
}
