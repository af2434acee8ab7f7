package kz.egov.eds.cms;

/**
 * The cryptographic provider behind ЭЦП in CMS form: BouncyCastle today ({@link BcCmsProvider}), a Kalkan (НУЦ's SDK)
 * provider may be added later behind the same interface.
 */
public interface CmsProvider {

    /** A detached CAdES-BES signature (content-type, message-digest, signing-time, signing-certificate-v2), DER. */
    byte[] signDetached(byte[] content, SigningKey key);

    /**
     * Parses a CMS SignedData and checks its shape: exactly one signer, the signer's certificate present, an algorithm
     * this provider implements, CAdES-BES attributes consistent with the certificate.
     *
     * @throws kz.egov.contract.reason.RejectedException EDS_MALFORMED, EDS_MULTIPLE_SIGNERS, EDS_NO_SIGNER_CERTIFICATE,
     *         EDS_ALGORITHM_NOT_SUPPORTED
     */
    SignedCms open(byte[] cms);
}
