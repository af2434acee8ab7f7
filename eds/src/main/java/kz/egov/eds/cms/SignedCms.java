package kz.egov.eds.cms;

import java.security.PublicKey;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import kz.egov.eds.algorithm.SignatureAlgorithm;

/** A parsed, single-signer CMS signature whose content has not yet been checked. */
public interface SignedCms {

    /** The signer's certificate, DER, as embedded in the signature. */
    byte[] signerCertificateDer();

    /** Every certificate embedded in the signature (DER), the signer's included: candidates for path building. */
    List<byte[]> embeddedCertificatesDer();

    SignatureAlgorithm algorithm();

    /** The signing-time the signer claims (not trusted for validity; ARCHITECTURE §4a). */
    Optional<Instant> signingTime();

    /**
     * Checks that the signature covers {@code content} and verifies under {@code signerKey}.
     *
     * @throws kz.egov.contract.reason.RejectedException EDS_CONTENT_MISMATCH
     */
    void verifyContent(byte[] content, PublicKey signerKey);
}
