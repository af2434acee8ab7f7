package kz.egov.eds.cms;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import kz.egov.contract.reason.ReasonCode;
import kz.egov.contract.reason.RejectedException;
import kz.egov.eds.algorithm.BouncyCastle;
import kz.egov.eds.algorithm.SignatureAlgorithm;
import org.bouncycastle.cert.X509CertificateHolder;

/**
 * A private key with its certificate and chain (leaf excluded), as held in a PKCS#12 «ЭЦП» key file.
 */
public record SigningKey(PrivateKey privateKey, X509Certificate certificate, List<X509Certificate> chain,
                         SignatureAlgorithm algorithm) {

    public SigningKey {
        chain = List.copyOf(chain);
    }

    /**
     * The same key with no chain to embed: a signature then carries only the signer's own certificate, and a verifier
     * finds the issuing НУЦ certificates in its trust directory, where every participant has them.
     */
    public SigningKey withoutChain() {
        return new SigningKey(privateKey, certificate, List.of(), algorithm);
    }

    /** Reads the first key entry of a PKCS#12 file. */
    public static SigningKey fromPkcs12(Path file, char[] password) {
        try {
            return fromPkcs12(Files.readAllBytes(file), password);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read key file " + file, e);
        }
    }

    /**
     * Reads the first key entry of PKCS#12 bytes, НУЦ's Kazakh GOST 2015 key files included (which no KeyStore
     * reads).
     *
     * @throws RejectedException EDS_ALGORITHM_NOT_SUPPORTED for a key of another algorithm
     * @throws IllegalArgumentException for a wrong password or a file that is not PKCS#12
     */
    public static SigningKey fromPkcs12(byte[] p12, char[] password) {
        try {
            return fromKeyStore(p12, password);
        } catch (IllegalArgumentException e) {
            try {
                return KazakhPkcs12.read(p12, password);
            } catch (IllegalArgumentException kazakh) {
                throw e;
            }
        }
    }

    private static SigningKey fromKeyStore(byte[] p12, char[] password) {
        try {
            KeyStore ks = KeyStore.getInstance("PKCS12", BouncyCastle.provider());
            ks.load(new ByteArrayInputStream(p12), password);
            for (String alias : Collections.list(ks.aliases())) {
                if (!ks.isKeyEntry(alias)) {
                    continue;
                }
                Key key = ks.getKey(alias, password);
                Certificate[] certs = ks.getCertificateChain(alias);
                if (!(key instanceof PrivateKey pk) || certs == null || certs.length == 0) {
                    continue;
                }
                X509Certificate leaf = (X509Certificate) certs[0];
                List<X509Certificate> chain = new ArrayList<>();
                for (int i = 1; i < certs.length; i++) {
                    chain.add((X509Certificate) certs[i]);
                }
                for (String other : Collections.list(ks.aliases())) {
                    if (ks.isCertificateEntry(other) && ks.getCertificate(other) instanceof X509Certificate c
                            && !c.equals(leaf) && !chain.contains(c)) {
                        chain.add(c);
                    }
                }
                String oid = new X509CertificateHolder(leaf.getEncoded()).getSubjectPublicKeyInfo().getAlgorithm()
                        .getAlgorithm().getId();
                SignatureAlgorithm alg = SignatureAlgorithm.forPublicKeyOid(oid).orElseThrow(() ->
                        new RejectedException(ReasonCode.EDS_ALGORITHM_NOT_SUPPORTED, "key algorithm " + oid));
                return new SigningKey(pk, leaf, chain, alg);
            }
            throw new IllegalArgumentException("no private key entry in the PKCS#12 file");
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalArgumentException("cannot open PKCS#12 (wrong password or not a PKCS#12 file)", e);
        }
    }

    /**
     * Writes this key, certificate and chain as PKCS#12 bytes under {@code password}; a Kazakh GOST 2015 key as НУЦ
     * writes it (Kazakh OIDs).
     */
    public byte[] toPkcs12(char[] password) {
        if (algorithm == SignatureAlgorithm.GOST2015_512) {
            return KazakhPkcs12.write(this, password);
        }
        try {
            KeyStore ks = KeyStore.getInstance("PKCS12", BouncyCastle.provider());
            ks.load(null, null);
            // the chain goes in as separate certificate entries: BouncyCastle's PKCS#12 writer gives every chain
            // certificate the key's friendlyName, and on reading the last one wins the key's alias
            ks.setKeyEntry("signing", privateKey, password, new Certificate[] {certificate});
            for (int i = 0; i < chain.size(); i++) {
                ks.setCertificateEntry("chain-" + (i + 1), chain.get(i));
            }
            var out = new ByteArrayOutputStream();
            ks.store(out, password);
            return out.toByteArray();
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot write PKCS#12", e);
        }
    }
}
