package kz.egov.eds.verify;

import static java.nio.charset.StandardCharsets.UTF_8;
import static kz.egov.eds.Rejections.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;

import kz.egov.contract.reason.ReasonCode;
import kz.egov.eds.MutableClock;
import kz.egov.eds.TestPki;
import kz.egov.eds.algorithm.SignatureAlgorithm;
import kz.egov.contract.message.SignerRole;
import kz.egov.eds.cms.BcCmsProvider;
import kz.egov.eds.devca.IssueOptions;
import kz.egov.eds.devca.IssuedCertificate;
import kz.egov.eds.pki.RevocationStatus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** «Не отозван»: revocation by CRL and OCSP, the OCSP cache, and failing closed when the state is unknown. */
class RevocationTest {

    private static final byte[] DOC = "{\"result\":\"registered\"}".getBytes(UTF_8);
    private static final BcCmsProvider CMS = new BcCmsProvider();
    private static TestPki pki;

    @BeforeAll
    static void start() {
        pki = TestPki.shared();
    }

    private static IssuedCertificate freshCitizen() {
        return pki.fresh(SignatureAlgorithm.GOST2012_256, IssueOptions.defaults());
    }

    private static byte[] sign(IssuedCertificate c) {
        return CMS.signDetached(DOC, c.signingKey());
    }

    private static URI closedPort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return URI.create("http://127.0.0.1:" + s.getLocalPort() + "/ocsp");
        }
    }

    /** A CRL of the GOST intermediate whose nextUpdate passed two days ago; the published CRL stays fresh. */
    private static byte[] staleGostCrl() {
        Instant now = Instant.now();
        byte[] stale = pki.ca.publishCrl(SignatureAlgorithm.GOST2012_256, now.minus(Duration.ofDays(3)),
                now.minus(Duration.ofDays(2)));
        pki.ca.publishCrl(SignatureAlgorithm.GOST2012_256);
        return stale;
    }

    @Test
    void certificate_revoked_at_the_ocsp_responder_only_is_refused_while_the_crl_is_clean() {
        IssuedCertificate cert = freshCitizen();
        byte[] cms = sign(cert);
        try (EdsVerifier verifier = pki.verifier()) {
            assertThat(verifier.verify(DOC, cms, Instant.now(), SignerRole.CITIZEN).revocation().source())
                    .isEqualTo("OCSP");

            pki.ca.revoke(cert.serial());
            verifier.refreshRevocation();

            assertThat(verifier.crls().status(cert.certificate().getIssuerX500Principal(), cert.serial(),
                    Instant.now())).isEqualTo(RevocationStatus.GOOD);
            assertRejected(ReasonCode.EDS_REVOKED, () -> verifier.verify(DOC, cms, Instant.now(), SignerRole.CITIZEN));
        }
    }

    @Test
    void ocsp_answer_is_reused_for_five_minutes_and_asked_again_after() {
        IssuedCertificate cert = freshCitizen();
        byte[] cms = sign(cert);
        MutableClock clock = new MutableClock(Instant.now());
        try (EdsVerifier verifier = EdsVerifier.create(pki.config().clock(clock).build())) {
            verifier.verify(DOC, cms, clock.instant(), SignerRole.CITIZEN);
            pki.ca.revoke(cert.serial());

            clock.advance(Duration.ofMinutes(4));
            assertThat(verifier.verify(DOC, cms, clock.instant(), SignerRole.CITIZEN).revocation().status())
                    .as("cached good answer still fresh").isEqualTo(RevocationStatus.GOOD);

            clock.advance(Duration.ofMinutes(2));
            assertRejected(ReasonCode.EDS_REVOKED, () -> verifier.verify(DOC, cms, clock.instant(), SignerRole.CITIZEN));
        }
    }

    @Test
    void stale_crl_and_ocsp_down_fail_closed_as_revocation_unknown() throws IOException {
        IssuedCertificate cert = freshCitizen();
        byte[] stale = staleGostCrl();
        RevocationConfig rc = RevocationConfig.builder().crlSupplier("stale", () -> stale).ocspUrl(closedPort())
                .backgroundRefresh(false).build();
        try (EdsVerifier verifier = EdsVerifier.create(pki.config().revocation(rc).build())) {
            assertRejected(ReasonCode.EDS_REVOCATION_UNKNOWN,
                    () -> verifier.verify(DOC, sign(cert), Instant.now(), SignerRole.CITIZEN));
        }
    }

    @Test
    void no_crl_and_no_ocsp_fail_closed_as_revocation_unknown() {
        RevocationConfig none = RevocationConfig.builder().backgroundRefresh(false).build();
        try (EdsVerifier verifier = EdsVerifier.create(pki.config().revocation(none).build())) {
            assertRejected(ReasonCode.EDS_REVOCATION_UNKNOWN,
                    () -> verifier.verify(DOC, sign(freshCitizen()), Instant.now(), SignerRole.CITIZEN));
        }
    }

    @Test
    void fresh_crl_decides_when_the_ocsp_responder_is_down_and_the_crl_fallback_is_configured() throws IOException {
        RevocationConfig rc = RevocationConfig.builder().crl(pki.ca.crlSource(SignatureAlgorithm.GOST2012_256))
                .ocspUrl(closedPort()).crlFallback(true).backgroundRefresh(false).build();
        try (EdsVerifier verifier = EdsVerifier.create(pki.config().revocation(rc).build())) {
            VerifiedSignature v = verifier.verify(DOC, sign(freshCitizen()), Instant.now(), SignerRole.CITIZEN);
            assertThat(v.revocation().source()).isEqualTo("CRL");
        }
    }

    @Test
    void good_ocsp_answer_decides_when_the_crl_is_stale() {
        byte[] stale = staleGostCrl();
        RevocationConfig rc = RevocationConfig.builder().crlSupplier("stale", () -> stale)
                .ocspUrl(pki.server.ocspUrl()).backgroundRefresh(false).build();
        try (EdsVerifier verifier = EdsVerifier.create(pki.config().revocation(rc).build())) {
            assertThat(verifier.verify(DOC, sign(freshCitizen()), Instant.now(), SignerRole.CITIZEN)
                    .revocation().status()).isEqualTo(RevocationStatus.GOOD);
        }
    }

    @Test
    void crl_listing_wins_over_any_ocsp_state() throws IOException {
        IssuedCertificate cert = freshCitizen();
        pki.ca.revoke(cert.serial());
        pki.ca.publishCrl(SignatureAlgorithm.GOST2012_256);
        RevocationConfig rc = RevocationConfig.builder().crl(pki.ca.crlSource(SignatureAlgorithm.GOST2012_256))
                .ocspUrl(closedPort()).backgroundRefresh(false).build();
        try (EdsVerifier verifier = EdsVerifier.create(pki.config().revocation(rc).build())) {
            assertRejected(ReasonCode.EDS_REVOKED, () -> verifier.verify(DOC, sign(cert), Instant.now(), SignerRole.CITIZEN));
        }
    }

    @Test
    void crls_are_fetched_over_http_from_the_development_nuc() {
        RevocationConfig rc = RevocationConfig.builder()
                .crlUrl(pki.server.crlUrl(SignatureAlgorithm.RSA_SHA256))
                .crlUrl(pki.server.crlUrl(SignatureAlgorithm.GOST2012_256))
                .backgroundRefresh(false).build();
        try (EdsVerifier verifier = EdsVerifier.create(pki.config().revocation(rc).build())) {
            assertThat(verifier.crls().feeds()).allSatisfy(f -> assertThat(f.current()).isNotNull());
            assertThat(verifier.verify(DOC, CMS.signDetached(DOC, pki.citizen(SignatureAlgorithm.RSA_SHA256).signingKey()),
                    Instant.now(), SignerRole.CITIZEN).revocation().source()).isEqualTo("CRL");
        }
    }

    @Test
    void background_refresh_picks_up_a_new_crl_when_next_update_comes() throws Exception {
        IssuedCertificate cert = freshCitizen();
        Instant now = Instant.now();
        pki.ca.publishCrl(SignatureAlgorithm.GOST2012_256, now, now.plusSeconds(2));
        RevocationConfig rc = RevocationConfig.builder().crl(pki.ca.crlSource(SignatureAlgorithm.GOST2012_256))
                .backgroundRefresh(true).crlMaxInterval(Duration.ofSeconds(30)).build();
        try (EdsVerifier verifier = EdsVerifier.create(pki.config().revocation(rc).build())) {
            byte[] cms = sign(cert);
            verifier.verify(DOC, cms, Instant.now(), SignerRole.CITIZEN);
            pki.ca.revoke(cert.serial());
            pki.ca.publishCrl(SignatureAlgorithm.GOST2012_256);

            long deadline = System.nanoTime() + Duration.ofSeconds(8).toNanos();
            RevocationStatus status = RevocationStatus.GOOD;
            while (status != RevocationStatus.REVOKED && System.nanoTime() < deadline) {
                Thread.sleep(100);
                status = verifier.crls().status(cert.certificate().getIssuerX500Principal(), cert.serial(),
                        Instant.now());
            }
            assertThat(status).isEqualTo(RevocationStatus.REVOKED);
            assertRejected(ReasonCode.EDS_REVOKED, () -> verifier.verify(DOC, cms, Instant.now(), SignerRole.CITIZEN));
        }
    }
}
