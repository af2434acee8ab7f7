package kz.egov.eds.verify;

import static java.nio.charset.StandardCharsets.UTF_8;
import static kz.egov.eds.Rejections.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import kz.egov.contract.reason.ReasonCode;
import kz.egov.eds.TestPki;
import kz.egov.eds.algorithm.SignatureAlgorithm;
import kz.egov.contract.message.SignerRole;
import kz.egov.eds.cms.BcCmsProvider;
import kz.egov.eds.devca.IssueOptions;
import kz.egov.eds.devca.IssuedCertificate;
import org.junit.jupiter.api.Test;

/**
 * The same CMS over the same content (a batch seal on every envelope of its batch) is verified once; everything that
 * depends on the moment or the content — validity, revocation, the content itself — is still checked every time.
 */
class VerificationMemoTest {

    private static final byte[] ROOT = "egov-seal-tree-v1\n00ff\n".getBytes(UTF_8);
    private static final BcCmsProvider CMS = new BcCmsProvider();

    @Test
    void theSameSignatureOverTheSameContentIsComputedOnce() {
        TestPki pki = TestPki.shared();
        IssuedCertificate cert = pki.fresh(SignatureAlgorithm.RSA_SHA256, IssueOptions.defaults());
        byte[] cms = CMS.signDetached(ROOT, cert.signingKey());
        try (EdsVerifier verifier = pki.verifier()) {
            for (int i = 0; i < 5; i++) {
                verifier.verify(ROOT, cms, Instant.now(), SignerRole.CITIZEN);
            }
            assertThat(verifier.checksMade()).isEqualTo(5);
            assertThat(verifier.signatureMathDone()).isEqualTo(1);
        }
    }

    @Test
    void aRememberedSignatureIsStillCheckedForContentValidityAndRevocation() {
        TestPki pki = TestPki.shared();
        IssuedCertificate cert = pki.fresh(SignatureAlgorithm.RSA_SHA256, IssueOptions.defaults());
        byte[] cms = CMS.signDetached(ROOT, cert.signingKey());
        try (EdsVerifier verifier = pki.verifier()) {
            verifier.verify(ROOT, cms, Instant.now(), SignerRole.CITIZEN);
            assertRejected(ReasonCode.EDS_CONTENT_MISMATCH,
                    () -> verifier.verify("other".getBytes(UTF_8), cms, Instant.now(), SignerRole.CITIZEN));
            assertRejected(ReasonCode.EDS_EXPIRED,
                    () -> verifier.verify(ROOT, cms, Instant.now().plus(Duration.ofDays(4000)), SignerRole.CITIZEN));
            pki.ca.revoke(cert.serial());
            verifier.refreshRevocation();
            assertRejected(ReasonCode.EDS_REVOKED, () -> verifier.verify(ROOT, cms, Instant.now(), SignerRole.CITIZEN));
        }
    }
}
