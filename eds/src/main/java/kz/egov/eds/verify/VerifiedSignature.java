package kz.egov.eds.verify;

import java.time.Instant;
import java.util.Optional;

import kz.egov.contract.seal.SignerIdentity;
import kz.egov.eds.algorithm.SignatureAlgorithm;
import kz.egov.eds.identity.CertificateIdentity;
import kz.egov.eds.pki.RevocationCheck;

/**
 * A verified ЭЦП, as evidence for the message log: who signed, with what, the claimed signing time, the moment the
 * certificate was checked for, and how its revocation state was established.
 */
public record VerifiedSignature(SignerIdentity signer, CertificateIdentity person, SignatureAlgorithm algorithm,
                                Optional<Instant> claimedSigningTime, Instant checkedAt, RevocationCheck revocation) {
}
