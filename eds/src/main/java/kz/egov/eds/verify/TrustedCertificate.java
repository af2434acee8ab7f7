package kz.egov.eds.verify;

import java.security.PublicKey;
import java.security.cert.X509Certificate;

import javax.security.auth.x500.X500Principal;

import kz.egov.contract.seal.SignerIdentity;
import kz.egov.eds.algorithm.SignatureAlgorithm;
import kz.egov.eds.identity.CertificateIdentity;
import kz.egov.eds.pki.CertificatePath;

/**
 * A signer certificate whose path to a НУЦ anchor is proved: what the verifier caches per certificate hash, with its
 * public key (read once; for Kazakh GOST 2015 re-wrapped, as the JCA certificate gives none) and its profile.
 */
record TrustedCertificate(String sha256, X509Certificate certificate, PublicKey publicKey, SignatureAlgorithm algorithm,
                          CertificatePath path, SignerIdentity identity, CertificateIdentity person,
                          CertificateProfile profile, boolean signingKeyUsage, X500Principal issuerName) {
}
