package kz.egov.eds.algorithm;

import java.io.IOException;
import java.io.OutputStream;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.SignatureException;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;

import kz.egov.contract.reason.ReasonCode;
import kz.egov.contract.reason.RejectedException;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.cryptopro.GOST3410PublicKeyAlgParameters;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.rosstandart.RosstandartObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.ContentVerifier;
import org.bouncycastle.operator.DigestCalculator;
import org.bouncycastle.operator.RuntimeOperatorException;

/**
 * Kazakh GOST 34.10-2015 (512-bit) as НУЦ РК and Kalkan write it: the TC26 512-bit curve paramSetA with Streebog-512,
 * under Kazakh OIDs BouncyCastle does not know (public key {@code 1.2.398.3.10.1.1.2.2} with parameters
 * {@code 1.2.398.3.10.1.1.2.2.1}, {@code 1.2.398.3.10.1.3.3}; signature {@code 1.2.398.3.10.1.1.2.3.2}; digest
 * {@code 1.2.398.3.10.1.3.3}), and with the signature value written r‖s little-endian (BouncyCastle's byte order
 * reversed).
 *
 * <p>Keys are re-wrapped between the Kazakh and the TC26 OIDs with their bytes unchanged (X and Y, and the private
 * scalar, little-endian in both); BouncyCastle then signs and verifies with
 * {@code GOST3411-2012-512WITHECGOST3410-2012-512}. Checked on real НУЦ test certificates, CRLs, OCSP answers and
 * Kalkan CMS (nca-test fixtures). GOST 34.310-2004 ({@link #GOST_2004_PUBLIC_KEY}) is another algorithm, not
 * implemented here.
 */
public final class KazakhGost {

    public static final ASN1ObjectIdentifier PUBLIC_KEY = new ASN1ObjectIdentifier("1.2.398.3.10.1.1.2.2");
    public static final ASN1ObjectIdentifier PARAMETERS = new ASN1ObjectIdentifier("1.2.398.3.10.1.1.2.2.1");
    public static final ASN1ObjectIdentifier DIGEST = new ASN1ObjectIdentifier("1.2.398.3.10.1.3.3");
    public static final ASN1ObjectIdentifier SIGNATURE = new ASN1ObjectIdentifier("1.2.398.3.10.1.1.2.3.2");
    /** The older Kazakh GOST 34.310-2004 key: read for identity, never verified. */
    public static final ASN1ObjectIdentifier GOST_2004_PUBLIC_KEY = new ASN1ObjectIdentifier("1.2.398.3.10.1.1.1.1");

    static final String JCA_SIGNATURE = "GOST3411-2012-512WITHECGOST3410-2012-512";
    static final String JCA_DIGEST = "GOST3411-2012-512";
    static final String CURVE = "Tc26-Gost-3410-12-512-paramSetA";

    private static final AlgorithmIdentifier TC26_KEY = new AlgorithmIdentifier(
            RosstandartObjectIdentifiers.id_tc26_gost_3410_12_512,
            new GOST3410PublicKeyAlgParameters(RosstandartObjectIdentifiers.id_tc26_gost_3410_12_512_paramSetA,
                    RosstandartObjectIdentifiers.id_tc26_gost_3411_12_512));
    private static final AlgorithmIdentifier KAZAKH_KEY = new AlgorithmIdentifier(PUBLIC_KEY,
            new DERSequence(new ASN1Encodable[] {PARAMETERS, DIGEST}));

    /** The public-key algorithm identifier as НУЦ writes it: the Kazakh OID with parameters { …2.2.1, …3.3 }. */
    public static AlgorithmIdentifier publicKeyAlgorithm() {
        return KAZAKH_KEY;
    }

    /** The signature algorithm identifier as Kalkan writes it (NULL parameters). */
    public static AlgorithmIdentifier signatureAlgorithm() {
        return new AlgorithmIdentifier(SIGNATURE, DERNull.INSTANCE);
    }

    /** The digest algorithm identifier as Kalkan writes it in a SignerInfo (NULL parameters). */
    public static AlgorithmIdentifier digestAlgorithm() {
        return new AlgorithmIdentifier(DIGEST, DERNull.INSTANCE);
    }

    /** Whether {@code algorithm} is the Kazakh GOST 34.10-2015 public-key algorithm. */
    public static boolean isKazakhKey(AlgorithmIdentifier algorithm) {
        return PUBLIC_KEY.equals(algorithm.getAlgorithm());
    }

    /**
     * The same key under the TC26 512-bit OIDs, bytes unchanged.
     *
     * @throws RejectedException EDS_ALGORITHM_NOT_SUPPORTED for another algorithm or a parameter set other than
     *         {@link #PARAMETERS}
     */
    public static SubjectPublicKeyInfo toTc26(SubjectPublicKeyInfo kazakh) {
        requireKazakhParameters(kazakh.getAlgorithm());
        return new SubjectPublicKeyInfo(TC26_KEY, kazakh.getPublicKeyData());
    }

    /** The same key under the Kazakh OIDs, bytes unchanged: what a НУЦ certificate carries. */
    public static SubjectPublicKeyInfo toKazakh(SubjectPublicKeyInfo tc26) {
        requireTc26(tc26.getAlgorithm());
        return new SubjectPublicKeyInfo(KAZAKH_KEY, tc26.getPublicKeyData());
    }

    /** The Kazakh SubjectPublicKeyInfo of a BouncyCastle GOST 2012-512 (paramSetA) public key. */
    public static SubjectPublicKeyInfo toKazakh(PublicKey tc26) {
        return toKazakh(SubjectPublicKeyInfo.getInstance(tc26.getEncoded()));
    }

    /** The same private key under the TC26 512-bit OIDs (the 64-byte little-endian scalar unchanged). */
    public static PrivateKeyInfo toTc26(PrivateKeyInfo kazakh) {
        requireKazakhParameters(kazakh.getPrivateKeyAlgorithm());
        try {
            return new PrivateKeyInfo(TC26_KEY, kazakh.parsePrivateKey(), kazakh.getAttributes());
        } catch (IOException e) {
            throw new RejectedException(ReasonCode.EDS_MALFORMED, "unreadable GOST 2015 private key");
        }
    }

    /** The same private key under the Kazakh OIDs, as Kalkan writes it in a PKCS#12 key file. */
    public static PrivateKeyInfo toKazakh(PrivateKey tc26) {
        PrivateKeyInfo info = PrivateKeyInfo.getInstance(tc26.getEncoded());
        requireTc26(info.getPrivateKeyAlgorithm());
        try {
            return new PrivateKeyInfo(KAZAKH_KEY, info.parsePrivateKey(), info.getAttributes());
        } catch (IOException e) {
            throw new IllegalArgumentException("unreadable GOST 2012-512 private key", e);
        }
    }

    /**
     * A BouncyCastle public key for a Kazakh SubjectPublicKeyInfo.
     *
     * @throws RejectedException EDS_ALGORITHM_NOT_SUPPORTED for unknown parameters, EDS_MALFORMED for a key that is
     *         not a point of the curve
     */
    public static PublicKey publicKey(SubjectPublicKeyInfo kazakh) {
        try {
            return KeyFactory.getInstance("ECGOST3410-2012", BouncyCastle.provider())
                    .generatePublic(new X509EncodedKeySpec(toTc26(kazakh).getEncoded()));
        } catch (GeneralSecurityException | IOException | RuntimeException e) {
            if (e instanceof RejectedException r) {
                throw r;
            }
            throw new RejectedException(ReasonCode.EDS_MALFORMED, "unreadable GOST 2015 public key");
        }
    }

    /** A BouncyCastle private key for a Kazakh PrivateKeyInfo (as read from a Kalkan PKCS#12 file). */
    public static PrivateKey privateKey(PrivateKeyInfo kazakh) {
        try {
            return KeyFactory.getInstance("ECGOST3410-2012", BouncyCastle.provider())
                    .generatePrivate(new PKCS8EncodedKeySpec(toTc26(kazakh).getEncoded()));
        } catch (GeneralSecurityException | IOException e) {
            throw new RejectedException(ReasonCode.EDS_MALFORMED, "unreadable GOST 2015 private key");
        }
    }

    /** Signs as Kalkan does: Streebog-512 and GOST 34.10-2015 over the data, r‖s little-endian, Kazakh OID. */
    public static ContentSigner signer(PrivateKey tc26Key) {
        Signature s;
        try {
            s = Signature.getInstance(JCA_SIGNATURE, BouncyCastle.provider());
            s.initSign(tc26Key);
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("not a GOST 2012-512 private key", e);
        }
        AlgorithmIdentifier id = signatureAlgorithm();
        return new ContentSigner() {
            @Override
            public AlgorithmIdentifier getAlgorithmIdentifier() {
                return id;
            }

            @Override
            public OutputStream getOutputStream() {
                return new SignatureStream(s);
            }

            @Override
            public byte[] getSignature() {
                try {
                    return reversed(s.sign());
                } catch (SignatureException e) {
                    throw new RuntimeOperatorException("GOST 2015 signing failed", e);
                }
            }
        };
    }

    /** Verifies a Kazakh signature value (r‖s little-endian) under a key from {@link #publicKey}. */
    public static ContentVerifier verifier(PublicKey tc26Key) {
        Signature s;
        try {
            s = Signature.getInstance(JCA_SIGNATURE, BouncyCastle.provider());
            s.initVerify(tc26Key);
        } catch (GeneralSecurityException e) {
            throw new RejectedException(ReasonCode.EDS_ALGORITHM_NOT_SUPPORTED,
                    "key is not a GOST 2015-512 key: " + tc26Key.getAlgorithm());
        }
        AlgorithmIdentifier id = signatureAlgorithm();
        return new ContentVerifier() {
            @Override
            public AlgorithmIdentifier getAlgorithmIdentifier() {
                return id;
            }

            @Override
            public OutputStream getOutputStream() {
                return new SignatureStream(s);
            }

            @Override
            public boolean verify(byte[] expected) {
                try {
                    return s.verify(reversed(expected));
                } catch (SignatureException e) {
                    return false;
                }
            }
        };
    }

    /** Streebog-512 under the Kazakh digest OID. */
    public static DigestCalculator digestCalculator() {
        MessageDigest md;
        try {
            md = MessageDigest.getInstance(JCA_DIGEST, BouncyCastle.provider());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Streebog-512 unavailable", e);
        }
        AlgorithmIdentifier id = digestAlgorithm();
        return new DigestCalculator() {
            private final OutputStream out = new OutputStream() {
                @Override
                public void write(int b) {
                    md.update((byte) b);
                }

                @Override
                public void write(byte[] b, int off, int len) {
                    md.update(b, off, len);
                }
            };

            @Override
            public AlgorithmIdentifier getAlgorithmIdentifier() {
                return id;
            }

            @Override
            public OutputStream getOutputStream() {
                return out;
            }

            @Override
            public byte[] getDigest() {
                return md.digest();
            }
        };
    }

    static byte[] reversed(byte[] b) {
        byte[] out = new byte[b.length];
        for (int i = 0; i < b.length; i++) {
            out[i] = b[b.length - 1 - i];
        }
        return out;
    }

    private static void requireKazakhParameters(AlgorithmIdentifier a) {
        if (!isKazakhKey(a)) {
            throw new RejectedException(ReasonCode.EDS_ALGORITHM_NOT_SUPPORTED,
                    "public key algorithm " + a.getAlgorithm().getId());
        }
        ASN1Encodable p = a.getParameters();
        ASN1ObjectIdentifier set = null;
        if (p != null && p.toASN1Primitive() instanceof ASN1Sequence seq && seq.size() > 0
                && seq.getObjectAt(0) instanceof ASN1ObjectIdentifier oid) {
            set = oid;
        }
        if (!PARAMETERS.equals(set)) {
            throw new RejectedException(ReasonCode.EDS_ALGORITHM_NOT_SUPPORTED,
                    "GOST 2015 parameter set " + (set == null ? "absent" : set.getId()));
        }
    }

    private static void requireTc26(AlgorithmIdentifier a) {
        if (!RosstandartObjectIdentifiers.id_tc26_gost_3410_12_512.equals(a.getAlgorithm())) {
            throw new IllegalArgumentException("not a GOST 2012-512 key: " + a.getAlgorithm().getId());
        }
        GOST3410PublicKeyAlgParameters p = GOST3410PublicKeyAlgParameters.getInstance(a.getParameters());
        if (!RosstandartObjectIdentifiers.id_tc26_gost_3410_12_512_paramSetA.equals(p.getPublicKeyParamSet())) {
            throw new IllegalArgumentException("GOST 2012-512 key not on paramSetA: " + p.getPublicKeyParamSet());
        }
    }

    /** Feeds written bytes to a {@link Signature}. */
    private static final class SignatureStream extends OutputStream {
        private final Signature signature;

        SignatureStream(Signature signature) {
            this.signature = signature;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            try {
                signature.update(b, off, len);
            } catch (SignatureException e) {
                throw new IOException(e);
            }
        }
    }

    private KazakhGost() {
    }
}
