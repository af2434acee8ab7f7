package kz.egov.eds.cms;

import java.util.List;

/**
 * The cryptographic provider behind ЭЦП in CMS form: BouncyCastle today ({@link BcCmsProvider}), a Kalkan (НУЦ's SDK)
 * provider may be added later behind the same interface.
 */
public interface CmsProvider {

    /**
     * A detached signature, DER: CAdES-BES (content-type, message-digest, signing-time, signing-certificate-v2) for
     * RSA and GOST 2012-256; for Kazakh GOST 2015-512 as Kalkan writes it (content-type, message-digest, signing-time,
     * Kazakh OIDs).
     */
    byte[] signDetached(byte[] content, SigningKey key);

    /**
     * Parses a CMS SignedData with exactly one signer and checks its shape: the signer's certificate present, an
     * algorithm this provider implements and accepts, signed attributes consistent with the certificate and the
     * algorithms (signing-certificate-v2/v1 and CMSAlgorithmProtection checked when present, never required).
     *
     * @throws kz.egov.contract.reason.RejectedException EDS_MALFORMED, EDS_MULTIPLE_SIGNERS, EDS_NO_SIGNER_CERTIFICATE,
     *         EDS_ALGORITHM_NOT_SUPPORTED, EDS_ALGORITHM_NOT_ALLOWED
     */
    SignedCms open(byte[] cms);

    /**
     * Parses a CMS SignedData with one or more signers, each checked as {@link #open} checks its one signer; a
     * signer that fails is returned with its refusal, in SignerInfo order.
     *
     * @throws kz.egov.contract.reason.RejectedException EDS_MALFORMED when the CMS itself is unreadable or has no
     *         signer
     */
    default List<ParsedSigner> openEach(byte[] cms) {
        SignedCms one = open(cms);
        return List.of(new ParsedSigner(0, one.signerCertificateDer(), one.algorithm().jcaName(), one, null));
    }
}
