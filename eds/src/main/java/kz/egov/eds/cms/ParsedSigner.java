package kz.egov.eds.cms;

import kz.egov.contract.reason.RejectedException;

/**
 * One SignerInfo of a CMS as {@link CmsProvider#openEach} read it: ready for the content check, or refused with its
 * reason (its certificate missing, its algorithms not accepted, its signed attributes inconsistent).
 *
 * @param index          the SignerInfo's position in the CMS, from 0
 * @param certificateDer the signer's certificate as embedded, null when the CMS does not carry it
 * @param algorithms     the SignerInfo's signature and digest algorithms as named there, e.g.
 *                       {@code SHA1WITHRSA (digest SHA1)}: what a refused signer used
 * @param signed         the signer ready for {@link SignedCms#verifyContent}; null when refused
 * @param refusal        why it cannot be checked; null when {@code signed} is given
 */
public record ParsedSigner(int index, byte[] certificateDer, String algorithms, SignedCms signed,
                           RejectedException refusal) {
}
