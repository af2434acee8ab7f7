package kz.egov.eds.pki;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.cert.X509Certificate;

import kz.egov.contract.reason.ReasonCode;
import kz.egov.contract.reason.RejectedException;
import kz.egov.eds.algorithm.BouncyCastle;
import kz.egov.eds.algorithm.Verifiers;
import org.bouncycastle.cert.X509CertificateHolder;

/**
 * Reads X.509 certificates (DER or PEM) with the BouncyCastle provider, so GOST keys parse too. A Kazakh GOST 2015
 * certificate parses but BouncyCastle gives it no public key: {@link #publicKey} and {@link #isSignedBy} read it
 * through {@link Verifiers}.
 */
public final class Certificates {

    /**
     * Parses with BouncyCastle's certificate factory itself, not through the JCA's {@code CertificateFactory}: when
     * the JDK's security events are on (a JFR recording, or the {@code jdk.event.security} logger at DEBUG) the JCA
     * reads every parsed certificate's public key, which BouncyCastle cannot give for a Kazakh GOST 2015 key, and the
     * parse fails.
     */
    public static X509Certificate parse(byte[] derOrPem) {
        try {
            BouncyCastle.provider();
            return (X509Certificate) new org.bouncycastle.jcajce.provider.asymmetric.x509.CertificateFactory()
                    .engineGenerateCertificate(new ByteArrayInputStream(derOrPem));
        } catch (GeneralSecurityException | RuntimeException e) {
            throw new RejectedException(ReasonCode.EDS_MALFORMED, "unreadable certificate: " + e.getClass().getSimpleName());
        }
    }

    public static X509Certificate load(Path file) {
        try {
            return parse(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read certificate " + file, e);
        }
    }

    /** DER bytes of a certificate. */
    public static byte[] der(X509Certificate cert) {
        try {
            return cert.getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("unencodable certificate", e);
        }
    }

    /**
     * The certificate's public key, Kazakh GOST 2015 included.
     *
     * @throws RejectedException EDS_ALGORITHM_NOT_SUPPORTED for a key algorithm not implemented (GOST 34.310-2004)
     */
    public static PublicKey publicKey(X509Certificate cert) {
        return Verifiers.publicKey(cert);
    }

    /**
     * Whether {@code issuer}'s key verifies {@code cert}'s signature (any algorithm this library implements; false
     * for one it does not, and for a signature that does not verify).
     */
    public static boolean isSignedBy(X509Certificate cert, X509Certificate issuer) {
        try {
            return new X509CertificateHolder(cert.getEncoded()).isSignatureValid(Verifiers.forCertificate(issuer));
        } catch (Exception e) {
            return false;
        }
    }

    static boolean isSelfIssued(X509Certificate c) {
        return c.getSubjectX500Principal().equals(c.getIssuerX500Principal());
    }

    private Certificates() {
    }
}
