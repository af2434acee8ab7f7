package kz.egov.eds.pki;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;

/**
 * A validated chain from the signer's certificate (first) to a trust anchor (last), with the window in which every
 * certificate of it is valid: the latest notBefore and the earliest notAfter.
 */
public record CertificatePath(List<X509Certificate> chain, Instant notBefore, Instant notAfter) {

    public CertificatePath {
        chain = List.copyOf(chain);
    }

    static CertificatePath of(List<X509Certificate> chain) {
        Instant nb = Instant.MIN;
        Instant na = Instant.MAX;
        for (X509Certificate c : chain) {
            Instant b = c.getNotBefore().toInstant();
            Instant a = c.getNotAfter().toInstant();
            nb = b.isAfter(nb) ? b : nb;
            na = a.isBefore(na) ? a : na;
        }
        return new CertificatePath(chain, nb, na);
    }

    public X509Certificate leaf() {
        return chain.get(0);
    }

    /** The certificate that issued the leaf (the anchor itself for a two-element chain). */
    public X509Certificate issuer() {
        return chain.get(1);
    }
}
