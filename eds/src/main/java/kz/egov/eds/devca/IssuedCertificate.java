package kz.egov.eds.devca;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;

import kz.egov.eds.algorithm.SignatureAlgorithm;
import kz.egov.eds.cms.SigningKey;

/** A certificate the development НУЦ issued, with its private key and chain (intermediate, root). */
public record IssuedCertificate(X509Certificate certificate, PrivateKey privateKey, List<X509Certificate> chain,
                                SignatureAlgorithm algorithm) {

    public IssuedCertificate {
        chain = List.copyOf(chain);
    }

    public BigInteger serial() {
        return certificate.getSerialNumber();
    }

    public SigningKey signingKey() {
        return new SigningKey(privateKey, certificate, chain, algorithm);
    }

    public byte[] toPkcs12(char[] password) {
        return signingKey().toPkcs12(password);
    }

    /**
     * Writes a PKCS#12 key store for TLS (JSSE, e.g. a Kafka client or broker): one key entry {@code tls} with the
     * whole chain, so the peer needs only the root.
     */
    public Path writeTlsKeyStore(Path file, char[] password) {
        try {
            java.security.KeyStore ks = java.security.KeyStore.getInstance("PKCS12");
            ks.load(null, null);
            java.security.cert.Certificate[] full = new java.security.cert.Certificate[chain.size() + 1];
            full[0] = certificate;
            for (int i = 0; i < chain.size(); i++) {
                full[i + 1] = chain.get(i);
            }
            ks.setKeyEntry("tls", privateKey, password, full);
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            try (var out = Files.newOutputStream(file)) {
                ks.store(out, password);
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException("cannot write the TLS key store", e);
        }
    }

    public Path writePkcs12(Path file, char[] password) {
        try {
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            return Files.write(file, toPkcs12(password));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
