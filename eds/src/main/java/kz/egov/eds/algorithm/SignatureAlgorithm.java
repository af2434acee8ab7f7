package kz.egov.eds.algorithm;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.AlgorithmParameterSpec;
import java.security.spec.RSAKeyGenParameterSpec;
import java.util.Optional;
import java.util.Set;

import kz.egov.contract.reason.ReasonCode;
import kz.egov.contract.reason.RejectedException;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.rosstandart.RosstandartObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.jce.spec.ECNamedCurveGenParameterSpec;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * The signature suites this library implements for ЭЦП: RSA-2048 with SHA-256; GOST R 34.10-2012 (256-bit, TC26
 * parameter set A) with Streebog-256 under the TC26 OIDs, which the development НУЦ still issues; and the Kazakh GOST
 * 34.10-2015 (512-bit) with Streebog-512 under the Kazakh OIDs, in which НУЦ РК issues most keys today
 * ({@link KazakhGost}).
 *
 * <p>A CMS SignerInfo is matched strictly ({@link #forSignerInfo}): the signer's key, the digest and the signature
 * algorithm must all name one suite; MD5 and SHA-1 are never accepted in a signature.
 */
public enum SignatureAlgorithm {

    RSA_SHA256("RSA", "SHA256withRSA", "SHA-256", NISTObjectIdentifiers.id_sha256,
            PKCSObjectIdentifiers.rsaEncryption,
            new AlgorithmIdentifier(PKCSObjectIdentifiers.sha256WithRSAEncryption, DERNull.INSTANCE),
            // rsaEncryption as the SignerInfo's signature algorithm is what OpenSSL and BouncyCastle write
            Set.of(PKCSObjectIdentifiers.sha256WithRSAEncryption, PKCSObjectIdentifiers.rsaEncryption)),
    GOST2012_256("ECGOST3410-2012", "GOST3411-2012-256withECGOST3410-2012-256", "GOST3411-2012-256",
            RosstandartObjectIdentifiers.id_tc26_gost_3411_12_256,
            RosstandartObjectIdentifiers.id_tc26_gost_3410_12_256,
            new AlgorithmIdentifier(RosstandartObjectIdentifiers.id_tc26_signwithdigest_gost_3410_12_256),
            Set.of(RosstandartObjectIdentifiers.id_tc26_signwithdigest_gost_3410_12_256,
                    RosstandartObjectIdentifiers.id_tc26_gost_3410_12_256)),
    /** Kazakh GOST 34.10-2015, 512-bit, Kazakh OIDs, signature value little-endian (as НУЦ РК and Kalkan write it). */
    GOST2015_512("ECGOST3410-2012", "GOST3411-2012-512withECGOST3410-2012-512", KazakhGost.JCA_DIGEST,
            KazakhGost.DIGEST, KazakhGost.PUBLIC_KEY, KazakhGost.signatureAlgorithm(), Set.of(KazakhGost.SIGNATURE));

    /** Digests never accepted in a signature: MD2, MD4, MD5, SHA-1. */
    private static final Set<String> WEAK_DIGESTS = Set.of("1.2.840.113549.2.2", "1.2.840.113549.2.4",
            "1.2.840.113549.2.5", "1.3.14.3.2.26");
    /** Signature algorithms built on those digests (RSA, OIW, ECDSA, DSA). */
    private static final Set<String> WEAK_SIGNATURES = Set.of("1.2.840.113549.1.1.2", "1.2.840.113549.1.1.3",
            "1.2.840.113549.1.1.4", "1.2.840.113549.1.1.5", "1.3.14.3.2.3", "1.3.14.3.2.29", "1.3.14.3.2.27",
            "1.2.840.10045.4.1", "1.2.840.10040.4.3");

    private final String keyAlgorithm;
    private final String jcaName;
    private final String digestName;
    private final ASN1ObjectIdentifier digestOid;
    private final ASN1ObjectIdentifier publicKeyOid;
    private final AlgorithmIdentifier signatureAlgorithm;
    private final Set<ASN1ObjectIdentifier> signatureOids;

    SignatureAlgorithm(String keyAlgorithm, String jcaName, String digestName, ASN1ObjectIdentifier digestOid,
                       ASN1ObjectIdentifier publicKeyOid, AlgorithmIdentifier signatureAlgorithm,
                       Set<ASN1ObjectIdentifier> signatureOids) {
        this.keyAlgorithm = keyAlgorithm;
        this.jcaName = jcaName;
        this.digestName = digestName;
        this.digestOid = digestOid;
        this.publicKeyOid = publicKeyOid;
        this.signatureAlgorithm = signatureAlgorithm;
        this.signatureOids = signatureOids;
    }

    /** The JCA signature name, e.g. {@code SHA256withRSA}; also what {@code SignerIdentity.algorithm} carries. */
    public String jcaName() {
        return jcaName;
    }

    public String digestName() {
        return digestName;
    }

    public ASN1ObjectIdentifier digestOid() {
        return digestOid;
    }

    public String keyAlgorithm() {
        return keyAlgorithm;
    }

    /** The OID of the public-key algorithm a certificate of this suite carries. */
    public ASN1ObjectIdentifier publicKeyOid() {
        return publicKeyOid;
    }

    /** The signature algorithm a signature of this suite is verified as (whatever form the SignerInfo names). */
    public AlgorithmIdentifier signatureAlgorithm() {
        return signatureAlgorithm;
    }

    /** The SignerInfo signature-algorithm OIDs accepted for this suite. */
    public Set<ASN1ObjectIdentifier> signatureOids() {
        return signatureOids;
    }

    /** A fresh key pair for this suite (RSA-2048 e=65537, GOST 2012-256 on paramSetA, GOST 2015-512 on paramSetA). */
    public KeyPair generateKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance(keyAlgorithm, BouncyCastle.provider());
            generator.initialize(keyGenSpec());
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("key generation failed for " + this, e);
        }
    }

    /** SHA-256, Streebog-256 or Streebog-512 of {@code data}. */
    public byte[] digest(byte[] data) {
        try {
            return MessageDigest.getInstance(digestName, BouncyCastle.provider()).digest(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("digest unavailable: " + digestName, e);
        }
    }

    /**
     * What a certificate of this suite carries for {@code key}: the key's own encoding, or for GOST 2015-512 the key
     * re-wrapped under the Kazakh OIDs (bytes unchanged).
     */
    public SubjectPublicKeyInfo subjectPublicKeyInfo(PublicKey key) {
        return this == GOST2015_512 ? KazakhGost.toKazakh(key) : SubjectPublicKeyInfo.getInstance(key.getEncoded());
    }

    /** A signer of certificates, CRLs, OCSP answers and CMS for this suite (Kalkan's form for GOST 2015-512). */
    public ContentSigner contentSigner(PrivateKey key) {
        if (this == GOST2015_512) {
            return KazakhGost.signer(key);
        }
        try {
            return new JcaContentSignerBuilder(jcaName).setProvider(BouncyCastle.provider()).build(key);
        } catch (OperatorCreationException e) {
            throw new IllegalArgumentException("cannot sign with " + jcaName, e);
        }
    }

    private AlgorithmParameterSpec keyGenSpec() {
        return switch (this) {
            case RSA_SHA256 -> new RSAKeyGenParameterSpec(2048, RSAKeyGenParameterSpec.F4);
            case GOST2012_256 -> new ECNamedCurveGenParameterSpec("Tc26-Gost-3410-12-256-paramSetA");
            case GOST2015_512 -> new ECNamedCurveGenParameterSpec(KazakhGost.CURVE);
        };
    }

    /**
     * The suite a CMS SignerInfo is signed in: its signer's key, its digest and its signature algorithm must all
     * name the same suite. RSA's signature may be named sha256WithRSAEncryption or rsaEncryption.
     *
     * @throws RejectedException EDS_ALGORITHM_NOT_ALLOWED for MD5 or SHA-1 in the digest or the signature;
     *         EDS_ALGORITHM_NOT_SUPPORTED for any other combination this library does not implement (e.g. Kazakh
     *         GOST 34.310-2004)
     */
    public static SignatureAlgorithm forSignerInfo(String keyOid, String digestOid, String signatureOid) {
        if (WEAK_DIGESTS.contains(digestOid) || WEAK_SIGNATURES.contains(signatureOid)) {
            throw new RejectedException(ReasonCode.EDS_ALGORITHM_NOT_ALLOWED,
                    "MD5 and SHA-1 are not accepted in a signature: digest " + digestOid
                            + ", signature " + signatureOid);
        }
        SignatureAlgorithm alg = forPublicKeyOid(keyOid).orElseThrow(() ->
                new RejectedException(ReasonCode.EDS_ALGORITHM_NOT_SUPPORTED, "public key algorithm " + keyOid));
        if (!alg.digestOid.getId().equals(digestOid)) {
            throw new RejectedException(ReasonCode.EDS_ALGORITHM_NOT_SUPPORTED,
                    "digest " + digestOid + " with " + alg.jcaName);
        }
        if (alg.signatureOids.stream().noneMatch(o -> o.getId().equals(signatureOid))) {
            throw new RejectedException(ReasonCode.EDS_ALGORITHM_NOT_SUPPORTED,
                    "signature algorithm " + signatureOid + " with a " + alg.jcaName + " key");
        }
        return alg;
    }

    /**
     * The suite for a certificate's public-key algorithm OID; empty for anything else (e.g. Kazakh GOST 34.310-2004,
     * {@code 1.2.398.3.10.1.1.1.1}).
     */
    public static Optional<SignatureAlgorithm> forPublicKeyOid(String oid) {
        for (SignatureAlgorithm a : values()) {
            if (a.publicKeyOid.getId().equals(oid)) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }

    /** The suite for a digest algorithm OID, if it is one of ours. */
    public static Optional<SignatureAlgorithm> forDigestOid(String oid) {
        for (SignatureAlgorithm a : values()) {
            if (a.digestOid.getId().equals(oid)) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }
}
