package kz.egov.eds.pki;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;

import kz.egov.contract.reason.ReasonCode;
import kz.egov.contract.reason.RejectedException;

/** Certificate path checks of condition 2: chain to a НУЦ anchor, validity at a moment, key usage for signing. */
public final class PathValidator {

    private static final int DIGITAL_SIGNATURE = 0;
    private static final int NON_REPUDIATION = 1;

    private final PathBuilder builder;

    public PathValidator(TrustAnchors trust) {
        this.builder = new PathBuilder(trust);
    }

    /**
     * The chain from {@code leaf} to an anchor; {@code extras} (e.g. certificates embedded in a CMS) may supply
     * intermediates, but every link is proved by signature.
     *
     * @throws RejectedException EDS_UNTRUSTED_ISSUER
     */
    public CertificatePath build(X509Certificate leaf, List<X509Certificate> extras) {
        return builder.build(leaf, extras);
    }

    /** @throws RejectedException EDS_NOT_YET_VALID or EDS_EXPIRED when some certificate of the path is not valid at {@code at} */
    public static void requireValidAt(CertificatePath path, Instant at) {
        if (at.isBefore(path.notBefore())) {
            throw new RejectedException(ReasonCode.EDS_NOT_YET_VALID, "certificate path not valid before " + path.notBefore());
        }
        if (at.isAfter(path.notAfter())) {
            throw new RejectedException(ReasonCode.EDS_EXPIRED, "certificate path expired at " + path.notAfter());
        }
    }

    /** Whether the certificate may sign documents: keyUsage digitalSignature or nonRepudiation (or no keyUsage). */
    public static boolean hasSigningKeyUsage(X509Certificate c) {
        boolean[] ku = c.getKeyUsage();
        return ku == null || (ku.length > DIGITAL_SIGNATURE && ku[DIGITAL_SIGNATURE])
                || (ku.length > NON_REPUDIATION && ku[NON_REPUDIATION]);
    }
}
