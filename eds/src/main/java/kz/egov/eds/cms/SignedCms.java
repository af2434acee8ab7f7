package kz.egov.eds.cms;

import java.security.PublicKey;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import kz.egov.eds.algorithm.SignatureAlgorithm;

/** One signer of a parsed CMS signature whose content has not yet been checked. */
public interface SignedCms {

    /** The signer's certificate, DER, as embedded in the signature. */
    byte[] signerCertificateDer();

    /** Every certificate embedded in the signature (DER), the signer's included: candidates for path building. */
    List<byte[]> embeddedCertificatesDer();

    /** The signer's suite: its key, digest and signature algorithm all name it. */
    SignatureAlgorithm algorithm();

    /** The signing-time the signer claims (not trusted for validity; ARCHITECTURE §4a). */
    Optional<Instant> signingTime();

    /** The content inside the CMS when it is attached (encapsulated); empty for a detached signature. */
    default Optional<byte[]> encapsulatedContent() {
        return Optional.empty();
    }

    /**
     * Checks that the signature covers {@code content} and verifies under {@code signerKey}. The verifier is built from
     * the key alone: the certificate's validity is the caller's check, at the moment it decides.
     *
     * @throws kz.egov.contract.reason.RejectedException EDS_CONTENT_MISMATCH
     */
    void verifyContent(byte[] content, PublicKey signerKey);
}
