package kz.egov.eds.pki;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;

import kz.egov.contract.reason.ReasonCode;
import kz.egov.contract.reason.RejectedException;
import kz.egov.eds.algorithm.BouncyCastle;

/** Reads X.509 certificates (DER or PEM) with the BouncyCastle provider, so GOST keys parse too. */
public final class Certificates {

    public static X509Certificate parse(byte[] derOrPem) {
        try {
            CertificateFactory cf = CertificateFactory.getInstance("X.509", BouncyCastle.provider());
            return (X509Certificate) cf.generateCertificate(new ByteArrayInputStream(derOrPem));
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

    static boolean isSelfIssued(X509Certificate c) {
        return c.getSubjectX500Principal().equals(c.getIssuerX500Principal());
    }

    private Certificates() {
    }
}
