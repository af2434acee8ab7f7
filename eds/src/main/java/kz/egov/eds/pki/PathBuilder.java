package kz.egov.eds.pki;

import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import kz.egov.contract.reason.ReasonCode;
import kz.egov.contract.reason.RejectedException;

/**
 * Builds the chain from a signer certificate to a configured НУЦ anchor, following issuer names but accepting a link
 * only when the issuer's key verifies the certificate's signature: a chain that copies НУЦ's names without НУЦ's keys
 * ends nowhere. Signatures are checked through {@link Certificates#isSignedBy}, so Kazakh GOST 2015 links (which
 * BouncyCastle's own certificate check cannot verify) are proved too.
 */
final class PathBuilder {

    private static final int MAX_DEPTH = 6;
    private static final int KEY_CERT_SIGN = 5;

    private final TrustAnchors trust;

    PathBuilder(TrustAnchors trust) {
        this.trust = trust;
    }

    /** @throws RejectedException EDS_UNTRUSTED_ISSUER */
    CertificatePath build(X509Certificate leaf, List<X509Certificate> untrustedExtras) {
        List<X509Certificate> chain = new ArrayList<>();
        chain.add(leaf);
        X509Certificate current = leaf;
        for (int depth = 0; depth < MAX_DEPTH; depth++) {
            X509Certificate anchor = issuedBy(current, trust.anchors());
            if (anchor != null) {
                if (!isSame(anchor, current)) {
                    chain.add(anchor);
                }
                return CertificatePath.of(chain);
            }
            X509Certificate next = issuedBy(current, trust.intermediates());
            if (next == null) {
                next = issuedBy(current, untrustedExtras);
            }
            if (next == null || chain.contains(next) || !isCa(next)) {
                break;
            }
            chain.add(next);
            current = next;
        }
        throw new RejectedException(ReasonCode.EDS_UNTRUSTED_ISSUER,
                "no chain to a configured НУЦ root for issuer " + leaf.getIssuerX500Principal().getName());
    }

    /** The candidate whose name is {@code cert}'s issuer and whose key verifies {@code cert}'s signature. */
    private static X509Certificate issuedBy(X509Certificate cert, List<X509Certificate> candidates) {
        for (X509Certificate c : candidates) {
            if (c.getSubjectX500Principal().equals(cert.getIssuerX500Principal()) && verifies(cert, c)) {
                return c;
            }
        }
        return null;
    }

    private static boolean verifies(X509Certificate cert, X509Certificate issuer) {
        return Certificates.isSignedBy(cert, issuer);
    }

    private static boolean isCa(X509Certificate c) {
        boolean[] ku = c.getKeyUsage();
        return c.getBasicConstraints() >= 0 && (ku == null || (ku.length > KEY_CERT_SIGN && ku[KEY_CERT_SIGN]));
    }

    private static boolean isSame(X509Certificate a, X509Certificate b) {
        return Arrays.equals(Certificates.der(a), Certificates.der(b));
    }
}
