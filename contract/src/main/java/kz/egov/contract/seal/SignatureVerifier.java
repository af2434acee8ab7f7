package kz.egov.contract.seal;

import java.time.Instant;

/**
 * Verifies a detached CMS signature over bytes: the CMS structure, one signer, the content, the certificate path to a
 * configured НУЦ root, validity at {@code at}, key usage and revocation. Implemented by the signatures library.
 *
 * @throws kz.egov.contract.reason.RejectedException with an {@code EDS_*} reason code on every failure
 */
public interface SignatureVerifier {

    SignerIdentity verifyDetached(byte[] content, byte[] cms, Instant at);

    default SignerIdentity verifyDetached(byte[] content, byte[] cms) {
        return verifyDetached(content, cms, Instant.now());
    }
}
