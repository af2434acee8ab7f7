package kz.egov.eds.algorithm;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.spec.AlgorithmParameterSpec;
import java.security.spec.RSAKeyGenParameterSpec;
import java.util.Optional;

import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.rosstandart.RosstandartObjectIdentifiers;
import org.bouncycastle.jce.spec.ECNamedCurveGenParameterSpec;

/**
 * The signature suites this library implements for ЭЦП: RSA-2048 with SHA-256, and GOST R 34.10-2012 (256-bit,
 * TC26 parameter set A) with Streebog-256, the stand-in for the Kazakh GOST 34.10-2015.
 */
public enum SignatureAlgorithm {

    RSA_SHA256("RSA", "SHA256withRSA", "SHA-256", NISTObjectIdentifiers.id_sha256,
            PKCSObjectIdentifiers.rsaEncryption),
    GOST2012_256("ECGOST3410-2012", "GOST3411-2012-256withECGOST3410-2012-256", "GOST3411-2012-256",
            RosstandartObjectIdentifiers.id_tc26_gost_3411_12_256, RosstandartObjectIdentifiers.id_tc26_gost_3410_12_256);

    private final String keyAlgorithm;
    private final String jcaName;
    private final String digestName;
    private final ASN1ObjectIdentifier digestOid;
    private final ASN1ObjectIdentifier publicKeyOid;

    SignatureAlgorithm(String keyAlgorithm, String jcaName, String digestName, ASN1ObjectIdentifier digestOid,
                       ASN1ObjectIdentifier publicKeyOid) {
        this.keyAlgorithm = keyAlgorithm;
        this.jcaName = jcaName;
        this.digestName = digestName;
        this.digestOid = digestOid;
        this.publicKeyOid = publicKeyOid;
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

    /** A fresh key pair for this suite (RSA-2048 e=65537, or GOST 2012-256 on paramSetA). */
    public KeyPair generateKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance(keyAlgorithm, BouncyCastle.provider());
            generator.initialize(keyGenSpec());
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("key generation failed for " + this, e);
        }
    }

    /** SHA-256 or Streebog-256 of {@code data}. */
    public byte[] digest(byte[] data) {
        try {
            return MessageDigest.getInstance(digestName, BouncyCastle.provider()).digest(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("digest unavailable: " + digestName, e);
        }
    }

    private AlgorithmParameterSpec keyGenSpec() {
        return this == RSA_SHA256
                ? new RSAKeyGenParameterSpec(2048, RSAKeyGenParameterSpec.F4)
                : new ECNamedCurveGenParameterSpec("Tc26-Gost-3410-12-256-paramSetA");
    }

    /** The suite for a certificate's public-key algorithm OID; empty for anything else (e.g. Kazakh GOST 34.310-2004). */
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
