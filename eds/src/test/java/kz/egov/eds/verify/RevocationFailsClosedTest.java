package kz.egov.eds.verify;

import static java.nio.charset.StandardCharsets.UTF_8;
import static kz.egov.eds.Rejections.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;
import kz.egov.contract.message.SignerRole;
import kz.egov.contract.reason.ReasonCode;
import kz.egov.eds.MutableClock;
import kz.egov.eds.TestCrls;
import kz.egov.eds.TestPki;
import kz.egov.eds.algorithm.SignatureAlgorithm;
import kz.egov.eds.cms.BcCmsProvider;
import kz.egov.eds.devca.IssueOptions;
import kz.egov.eds.devca.IssuedCertificate;
import kz.egov.eds.pki.CrlSource;
import kz.egov.eds.pki.RevocationStatus;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.ocsp.OCSPObjectIdentifiers;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.cert.ocsp.CertificateID;
import org.bouncycastle.cert.ocsp.OCSPReq;
import org.bouncycastle.cert.ocsp.OCSPReqBuilder;
import org.bouncycastle.cert.ocsp.Req;
import org.bouncycastle.cert.ocsp.jcajce.JcaCertificateID;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Revocation fails closed (issue 26): no OCSP answer is UNKNOWN — never an acceptance — unless a CRL fallback is
 * explicitly configured; the back-off after a responder failure answers UNKNOWN; a CRL without nextUpdate is used only
 * for a maximum age; delta CRLs are applied; evidence issued after the check time tells the status at that time.
 */
class RevocationFailsClosedTest {

    private static final byte[] DOC = "{\"request\":\"registration\"}".getBytes(UTF_8);
    private static final BcCmsProvider CMS = new BcCmsProvider();
    private static TestPki pki;

    @BeforeAll
    static void start() {
        pki = TestPki.shared();
    }

    private static IssuedCertificate citizen() {
        return pki.fresh(SignatureAlgorithm.GOST2012_256, IssueOptions.defaults());
    }

    /** Valid from 30 days ago for 60 days: room for check times in the past (within the intermediate's validity). */
    private static IssuedCertificate citizenSinceAMonth() {
        Instant now = Instant.now();
        return pki.fresh(SignatureAlgorithm.GOST2012_256,
                IssueOptions.validity(now.minus(Duration.ofDays(30)), now.plus(Duration.ofDays(30))));
    }

    private static URI closedPort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return URI.create("http://127.0.0.1:" + s.getLocalPort() + "/ocsp");
        }
    }

    private static RevocationConfig.Builder freshGostCrl() {
        return RevocationConfig.builder().crl(pki.ca.crlSource(SignatureAlgorithm.GOST2012_256))
                .backgroundRefresh(false);
    }

    private static EdsVerifier verifier(RevocationConfig rc) {
        return EdsVerifier.create(pki.config().revocation(rc).build());
    }

    private static SignerVerdict verdict(EdsVerifier verifier, IssuedCertificate cert, Instant at) {
        return verifier.verifyEach(DOC, CMS.signDetached(DOC, cert.signingKey()), at, SignerRole.CITIZEN).get(0);
    }

    @Test
    void ocsp_unreachable_is_unknown_even_with_a_fresh_crl_when_the_fallback_is_off() throws IOException {
        try (EdsVerifier verifier = verifier(freshGostCrl().ocspUrl(closedPort()).build())) {
            SignerVerdict v = verdict(verifier, citizen(), Instant.now());

            assertThat(v.reasonCode()).isEqualTo(ReasonCode.EDS_REVOCATION_UNKNOWN);
            assertThat(v.reasonCode().httpStatus()).isEqualTo(503);
            assertThat(v.revocationSource()).isEqualTo("OCSP");
            assertThat(v.revocationStatus()).isEqualTo(RevocationStatus.UNKNOWN);
        }
    }

    @Test
    void certificate_revoked_at_nuc_but_not_yet_on_a_crl_is_never_accepted_while_the_responder_is_down()
            throws IOException {
        IssuedCertificate cert = citizen();
        pki.ca.revoke(cert.serial());
        try (EdsVerifier verifier = verifier(freshGostCrl().ocspUrl(closedPort()).build())) {
            assertThat(verifier.crls().status(cert.certificate().getIssuerX500Principal(), cert.serial(),
                    Instant.now())).as("the published CRL does not list it yet").isEqualTo(RevocationStatus.GOOD);

            assertRejected(ReasonCode.EDS_REVOCATION_UNKNOWN, () -> verifier.verify(DOC,
                    CMS.signDetached(DOC, cert.signingKey()), Instant.now(), SignerRole.CITIZEN));
        }
    }

    @Test
    void ocsp_unreachable_with_the_crl_fallback_configured_answers_from_the_crl() throws IOException {
        try (EdsVerifier verifier = verifier(freshGostCrl().ocspUrl(closedPort()).crlFallback(true).build())) {
            SignerVerdict v = verdict(verifier, citizen(), Instant.now());

            assertThat(v.valid()).as("detail: %s", v.detail()).isTrue();
            assertThat(v.revocationSource()).isEqualTo("CRL");
            assertThat(v.revocationStatus()).isEqualTo(RevocationStatus.GOOD);
        }
    }

    @Test
    void without_an_ocsp_source_the_crl_is_the_configured_source() {
        try (EdsVerifier verifier = verifier(freshGostCrl().build())) {
            SignerVerdict v = verdict(verifier, citizen(), Instant.now());

            assertThat(v.valid()).as("detail: %s", v.detail()).isTrue();
            assertThat(v.revocationSource()).isEqualTo("CRL");
        }
    }

    @Test
    void back_off_after_a_responder_failure_answers_unknown_never_good() throws Exception {
        AtomicInteger questions = new AtomicInteger();
        HttpClient http = HttpClient.newHttpClient();
        HttpServer flaky = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        flaky.createContext("/ocsp", exchange -> {
            try {
                byte[] body = exchange.getRequestBody().readAllBytes();
                if (questions.incrementAndGet() == 1) {
                    exchange.sendResponseHeaders(503, -1);
                    return;
                }
                HttpResponse<byte[]> answer = http.send(HttpRequest.newBuilder(pki.server.ocspUrl())
                        .header("Content-Type", "application/ocsp-request")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                        HttpResponse.BodyHandlers.ofByteArray());
                exchange.sendResponseHeaders(200, answer.body().length);
                exchange.getResponseBody().write(answer.body());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                exchange.sendResponseHeaders(503, -1);
            } finally {
                exchange.close();
            }
        });
        flaky.start();
        URI url = URI.create("http://127.0.0.1:" + flaky.getAddress().getPort() + "/ocsp");
        MutableClock clock = new MutableClock(Instant.now());
        IssuedCertificate cert = citizen();
        try (EdsVerifier verifier = EdsVerifier.create(pki.config().clock(clock)
                .revocation(freshGostCrl().ocspUrl(url).build()).build());
             EdsVerifier withFallback = EdsVerifier.create(pki.config().clock(clock)
                     .revocation(freshGostCrl().ocspUrl(url).crlFallback(true).build()).build())) {
            assertThat(verdict(verifier, cert, clock.instant()).reasonCode())
                    .as("the responder fails").isEqualTo(ReasonCode.EDS_REVOCATION_UNKNOWN);

            clock.advance(Duration.ofSeconds(2));
            SignerVerdict inBackOff = verdict(verifier, cert, clock.instant());
            assertThat(inBackOff.reasonCode()).as("back-off: the responder is not asked, the CRL does not decide")
                    .isEqualTo(ReasonCode.EDS_REVOCATION_UNKNOWN);
            assertThat(inBackOff.revocationStatus()).isEqualTo(RevocationStatus.UNKNOWN);
            assertThat(questions.get()).isEqualTo(1);

            clock.advance(Duration.ofSeconds(4));
            SignerVerdict after = verdict(verifier, cert, clock.instant());
            assertThat(after.valid()).as("detail: %s", after.detail()).isTrue();
            assertThat(after.revocationSource()).isEqualTo("OCSP");
            assertThat(questions.get()).isEqualTo(2);

            // the explicit fallback is the only way a CRL answers while OCSP gives none
            questions.set(0);
            assertThat(verdict(withFallback, cert, clock.instant()).revocationSource()).isEqualTo("CRL");
            assertThat(verdict(withFallback, cert, clock.instant()).revocationSource())
                    .as("in back-off, from the CRL as configured").isEqualTo("CRL");
            assertThat(questions.get()).isEqualTo(1);
        } finally {
            flaky.stop(0);
        }
    }

    /**
     * An OCSP proxy to the development responder that rewrites each request's nonce: none (the answer then echoes
     * none) or another one (the answer echoes that one).
     */
    private static HttpServer nonceRewriting(boolean dropNonce) throws IOException {
        HttpClient http = HttpClient.newHttpClient();
        HttpServer proxy = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        proxy.createContext("/ocsp", exchange -> {
            try {
                OCSPReq asked = new OCSPReq(exchange.getRequestBody().readAllBytes());
                OCSPReqBuilder b = new OCSPReqBuilder();
                for (Req r : asked.getRequestList()) {
                    b.addRequest(r.getCertID());
                }
                if (!dropNonce) {
                    b.setRequestExtensions(new Extensions(new Extension(OCSPObjectIdentifiers.id_pkix_ocsp_nonce,
                            false, new DEROctetString(new DEROctetString(new byte[] {9, 9, 9, 9}).getEncoded()))));
                }
                HttpResponse<byte[]> answer = http.send(HttpRequest.newBuilder(pki.server.ocspUrl())
                        .header("Content-Type", "application/ocsp-request")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(b.build().getEncoded())).build(),
                        HttpResponse.BodyHandlers.ofByteArray());
                exchange.sendResponseHeaders(200, answer.body().length);
                exchange.getResponseBody().write(answer.body());
            } catch (Exception e) {
                exchange.sendResponseHeaders(500, -1);
            } finally {
                exchange.close();
            }
        });
        proxy.start();
        return proxy;
    }

    private static URI ocspUrl(HttpServer proxy) {
        return URI.create("http://127.0.0.1:" + proxy.getAddress().getPort() + "/ocsp");
    }

    @Test
    void ocsp_answer_without_the_nonce_is_believed_only_within_the_maximum_age_of_its_this_update()
            throws IOException {
        HttpServer proxy = nonceRewriting(true);
        MutableClock clock = new MutableClock(Instant.now());
        IssuedCertificate cert = citizen();
        RevocationConfig rc = freshGostCrl().ocspUrl(ocspUrl(proxy)).ocspMaxAge(Duration.ofSeconds(30)).build();
        try (EdsVerifier verifier = EdsVerifier.create(pki.config().clock(clock).revocation(rc).build());
             EdsVerifier late = EdsVerifier.create(pki.config().clock(new MutableClock(Instant.now()
                     .plus(Duration.ofMinutes(2)))).revocation(rc).build())) {
            SignerVerdict fresh = verdict(verifier, cert, clock.instant());
            assertThat(fresh.valid()).as("thisUpdate just now; detail: %s", fresh.detail()).isTrue();
            assertThat(fresh.revocationSource()).isEqualTo("OCSP");

            assertThat(verdict(late, cert, Instant.now()).reasonCode())
                    .as("no nonce and a thisUpdate two minutes old for a 30-second maximum age")
                    .isEqualTo(ReasonCode.EDS_REVOCATION_UNKNOWN);
        } finally {
            proxy.stop(0);
        }
    }

    @Test
    void ocsp_answer_echoing_another_nonce_is_no_answer() throws IOException {
        HttpServer proxy = nonceRewriting(false);
        try (EdsVerifier verifier = verifier(freshGostCrl().ocspUrl(ocspUrl(proxy)).build())) {
            SignerVerdict v = verdict(verifier, citizen(), Instant.now());

            assertThat(v.reasonCode()).isEqualTo(ReasonCode.EDS_REVOCATION_UNKNOWN);
            assertThat(v.revocationSource()).isEqualTo("OCSP");
        } finally {
            proxy.stop(0);
        }
    }

    @Test
    void crl_without_next_update_is_used_for_its_maximum_age_then_unknown() {
        IssuedCertificate cert = citizen();
        Instant issued = Instant.now();
        byte[] crl = TestCrls.gost(pki.ca).thisUpdate(issued).build();
        RevocationConfig rc = RevocationConfig.builder().crlSupplier("no-next-update", () -> crl)
                .crlMaxAge(Duration.ofHours(1)).backgroundRefresh(false).build();
        try (EdsVerifier verifier = verifier(rc)) {
            SignerVerdict within = verdict(verifier, cert, issued.plus(Duration.ofMinutes(30)));
            SignerVerdict past = verdict(verifier, cert, issued.plus(Duration.ofHours(2)));

            assertThat(within.valid()).as("detail: %s", within.detail()).isTrue();
            assertThat(past.reasonCode()).isEqualTo(ReasonCode.EDS_REVOCATION_UNKNOWN);
            assertThat(past.revocationSource()).isEqualTo("CRL");
        }
    }

    @Test
    void crl_issued_after_the_check_time_tells_the_status_at_that_time() {
        IssuedCertificate early = citizenSinceAMonth();
        IssuedCertificate late = citizenSinceAMonth();
        IssuedCertificate never = citizenSinceAMonth();
        Instant now = Instant.now();
        byte[] crl = TestCrls.gost(pki.ca).thisUpdate(now).nextUpdate(now.plus(Duration.ofDays(1)))
                .revoked(early.serial(), now.minus(Duration.ofHours(18)), TestCrls.KEY_COMPROMISE)
                .revoked(late.serial(), now.minus(Duration.ofHours(1)), TestCrls.KEY_COMPROMISE)
                .build();
        // the development intermediate is valid from a day before the shared НУЦ was made
        Instant sixHoursAgo = now.minus(Duration.ofHours(6));
        RevocationConfig rc = RevocationConfig.builder().crlSupplier("issued-later", () -> crl)
                .backgroundRefresh(false).build();
        try (EdsVerifier verifier = verifier(rc)) {
            assertThat(verdict(verifier, early, sixHoursAgo).reasonCode()).as("revoked before the check time")
                    .isEqualTo(ReasonCode.EDS_REVOKED);
            assertThat(verdict(verifier, late, sixHoursAgo).valid()).as("revoked only after it").isTrue();
            assertThat(verdict(verifier, never, sixHoursAgo).valid()).as("not listed").isTrue();
            assertThat(verdict(verifier, late, now).reasonCode()).isEqualTo(ReasonCode.EDS_REVOKED);
        }
    }

    @Test
    void certificate_hold_on_a_crl_counts_as_revoked() {
        IssuedCertificate held = citizen();
        Instant now = Instant.now();
        byte[] crl = TestCrls.gost(pki.ca).thisUpdate(now).nextUpdate(now.plus(Duration.ofDays(1)))
                .revoked(held.serial(), now.minus(Duration.ofMinutes(1)), TestCrls.CERTIFICATE_HOLD).build();
        try (EdsVerifier verifier = verifier(RevocationConfig.builder().crlSupplier("hold", () -> crl)
                .backgroundRefresh(false).build())) {
            assertThat(verdict(verifier, held, now).reasonCode()).isEqualTo(ReasonCode.EDS_REVOKED);
        }
    }

    @Test
    void ocsp_answer_issued_after_the_check_time_tells_the_status_at_that_time() throws Exception {
        IssuedCertificate cert = citizenSinceAMonth();
        pki.ca.revoke(cert.serial());
        Instant revokedAbout = Instant.now();
        byte[] answer = pki.ca.ocspRespond(ocspRequest(cert));
        RevocationConfig rc = RevocationConfig.builder().ocspResponse(answer).backgroundRefresh(false).build();
        try (EdsVerifier verifier = verifier(rc)) {
            SignerVerdict before = verdict(verifier, cert, revokedAbout.minus(Duration.ofHours(6)));
            SignerVerdict after = verdict(verifier, cert, revokedAbout.plus(Duration.ofMinutes(1)));

            assertThat(before.valid()).as("good six hours before its revocation; detail: %s", before.detail()).isTrue();
            assertThat(before.revocationSource()).isEqualTo("OCSP");
            assertThat(after.reasonCode()).isEqualTo(ReasonCode.EDS_REVOKED);
            assertThat(verdict(verifier, citizen(), Instant.now()).reasonCode())
                    .as("a recorded answer about another certificate is no answer")
                    .isEqualTo(ReasonCode.EDS_REVOCATION_UNKNOWN);
        }
    }

    @Test
    void certificate_revoked_on_a_crl_held_stays_revoked_whatever_ocsp_says() {
        IssuedCertificate cert = citizen();
        Instant now = Instant.now();
        byte[] crl = TestCrls.gost(pki.ca).thisUpdate(now).nextUpdate(now.plus(Duration.ofDays(1)))
                .revoked(cert.serial(), now.minus(Duration.ofMinutes(1)), TestCrls.KEY_COMPROMISE).build();
        RevocationConfig rc = RevocationConfig.builder().crlSupplier("lists-it", () -> crl)
                .ocspUrl(pki.server.ocspUrl()).backgroundRefresh(false).build();
        try (EdsVerifier verifier = verifier(rc)) {
            SignerVerdict v = verdict(verifier, cert, now);

            assertThat(pki.ca.isRevoked(cert.serial())).as("the responder says good").hasValue(false);
            assertThat(v.reasonCode()).isEqualTo(ReasonCode.EDS_REVOKED);
            assertThat(v.revocationSource()).isEqualTo("CRL");
        }
    }

    @Test
    void delta_crl_is_applied_on_top_of_the_complete_crl_it_builds_on() {
        IssuedCertificate revokedSince = citizen();
        IssuedCertificate released = citizen();
        Instant now = Instant.now();
        byte[] base = TestCrls.gost(pki.ca).number(10).thisUpdate(now.minus(Duration.ofHours(2)))
                .nextUpdate(now.plus(Duration.ofDays(7)))
                .revoked(released.serial(), now.minus(Duration.ofHours(3)), TestCrls.CERTIFICATE_HOLD).build();
        byte[] delta = TestCrls.gost(pki.ca).number(11).deltaOf(10).thisUpdate(now.minus(Duration.ofMinutes(5)))
                .nextUpdate(now.plus(Duration.ofHours(1)))
                .revoked(revokedSince.serial(), now.minus(Duration.ofMinutes(30)), TestCrls.KEY_COMPROMISE)
                .revoked(released.serial(), now.minus(Duration.ofMinutes(20)), TestCrls.REMOVE_FROM_CRL).build();
        RevocationConfig baseOnly = RevocationConfig.builder().crlSupplier("base", () -> base)
                .backgroundRefresh(false).build();
        RevocationConfig withDelta = RevocationConfig.builder().crlSupplier("base", () -> base)
                .deltaCrl(CrlSource.supplier("delta", () -> delta)).backgroundRefresh(false).build();
        try (EdsVerifier without = verifier(baseOnly); EdsVerifier with = verifier(withDelta)) {
            assertThat(verdict(without, revokedSince, now).valid()).isTrue();
            assertThat(verdict(without, released, now).reasonCode()).isEqualTo(ReasonCode.EDS_REVOKED);

            assertThat(verdict(with, revokedSince, now).reasonCode()).isEqualTo(ReasonCode.EDS_REVOKED);
            assertThat(verdict(with, released, now).valid()).as("the hold is released by the delta").isTrue();
        }
    }

    @Test
    void delta_crl_named_by_freshest_crl_is_fetched_only_when_configured() throws IOException {
        IssuedCertificate cert = citizen();
        Instant now = Instant.now();
        byte[] delta = TestCrls.gost(pki.ca).number(21).deltaOf(20).thisUpdate(now.minus(Duration.ofMinutes(5)))
                .nextUpdate(now.plus(Duration.ofHours(1)))
                .revoked(cert.serial(), now.minus(Duration.ofMinutes(10)), TestCrls.KEY_COMPROMISE).build();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/delta.crl", exchange -> {
            exchange.sendResponseHeaders(200, delta.length);
            exchange.getResponseBody().write(delta);
            exchange.close();
        });
        server.start();
        URI deltaUrl = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/delta.crl");
        byte[] base = TestCrls.gost(pki.ca).number(20).thisUpdate(now.minus(Duration.ofHours(1)))
                .nextUpdate(now.plus(Duration.ofDays(7))).freshest(deltaUrl).build();
        try (EdsVerifier ignoring = verifier(RevocationConfig.builder().crlSupplier("base", () -> base)
                     .backgroundRefresh(false).build());
             EdsVerifier following = verifier(RevocationConfig.builder().crlSupplier("base", () -> base)
                     .followFreshestCrl(true).backgroundRefresh(false).build())) {
            assertThat(verdict(ignoring, cert, now).valid()).isTrue();
            assertThat(verdict(following, cert, now).reasonCode()).isEqualTo(ReasonCode.EDS_REVOKED);
            assertThat(following.crls().feeds()).hasSize(2);
        } finally {
            server.stop(0);
        }
    }

    private static byte[] ocspRequest(IssuedCertificate cert) throws Exception {
        CertificateID id = new JcaCertificateID(new JcaDigestCalculatorProviderBuilder().setProvider("BC").build()
                .get(CertificateID.HASH_SHA1), cert.chain().get(0), cert.serial());
        return new OCSPReqBuilder().addRequest(id)
                .setRequestExtensions(new Extensions(new Extension(OCSPObjectIdentifiers.id_pkix_ocsp_nonce, false,
                        new DEROctetString(new byte[] {1, 2, 3, 4}))))
                .build().getEncoded();
    }
}
