package kz.egov.eds.ocsp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntSupplier;

import com.sun.net.httpserver.HttpServer;
import kz.egov.eds.MutableClock;
import kz.egov.eds.TestPki;
import kz.egov.eds.algorithm.SignatureAlgorithm;
import kz.egov.eds.devca.IssueOptions;
import kz.egov.eds.devca.IssuedCertificate;
import kz.egov.eds.pki.RevocationStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * «Не отозван» by OCSP: how often the НУЦ responder is asked. Between the client and the development responder sits a
 * proxy that counts the questions and can hold them.
 */
class OcspClientTest {

    private static final Duration FRESHNESS = Duration.ofMinutes(5);
    private static final Duration TIMEOUT = Duration.ofSeconds(3);

    private final TestPki pki = TestPki.shared();
    private final AtomicInteger questions = new AtomicInteger();
    private volatile CountDownLatch gate = new CountDownLatch(0);
    private HttpServer proxy;
    private URI proxyUrl;

    @BeforeEach
    void startProxy() throws IOException {
        HttpClient http = HttpClient.newHttpClient();
        proxy = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        proxy.setExecutor(Executors.newCachedThreadPool());
        proxy.createContext("/ocsp", exchange -> {
            questions.incrementAndGet();
            try {
                gate.await(10, TimeUnit.SECONDS);
                byte[] body = exchange.getRequestBody().readAllBytes();
                HttpResponse<byte[]> answer = http.send(HttpRequest.newBuilder(pki.server.ocspUrl())
                        .header("Content-Type", "application/ocsp-request")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                        HttpResponse.BodyHandlers.ofByteArray());
                exchange.sendResponseHeaders(answer.statusCode(), answer.body().length);
                exchange.getResponseBody().write(answer.body());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                exchange.sendResponseHeaders(503, -1);
            } finally {
                exchange.close();
            }
        });
        proxy.start();
        proxyUrl = URI.create("http://127.0.0.1:" + proxy.getAddress().getPort() + "/ocsp");
    }

    @AfterEach
    void stopProxy() {
        gate.countDown();
        proxy.stop(0);
    }

    private IssuedCertificate citizen() {
        return pki.fresh(SignatureAlgorithm.GOST2012_256, IssueOptions.defaults());
    }

    private static RevocationStatus ask(OcspClient client, IssuedCertificate cert) {
        return client.status(cert.certificate(), cert.chain().get(0), cert.serial().toString(16));
    }

    @Test
    void concurrent_checks_of_one_certificate_share_one_question() throws Exception {
        IssuedCertificate cert = citizen();
        gate = new CountDownLatch(1);
        ExecutorService checks = Executors.newFixedThreadPool(8);
        try (OcspClient client = new OcspClient(proxyUrl, FRESHNESS, TIMEOUT, java.time.Clock.systemUTC())) {
            List<Future<RevocationStatus>> answers = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                answers.add(checks.submit(() -> ask(client, cert)));
            }
            waitFor(questions::get, 1);
            Thread.sleep(300);
            gate.countDown();
            for (Future<RevocationStatus> a : answers) {
                assertThat(a.get(10, TimeUnit.SECONDS)).isEqualTo(RevocationStatus.GOOD);
            }
            assertThat(questions.get()).as("eight checks waited for one question").isEqualTo(1);
        } finally {
            checks.shutdownNow();
        }
    }

    @Test
    void answer_in_steady_use_is_asked_again_in_the_background_before_it_expires() throws Exception {
        IssuedCertificate cert = citizen();
        MutableClock clock = new MutableClock(Instant.now());
        try (OcspClient client = new OcspClient(proxyUrl, FRESHNESS, TIMEOUT, clock, true)) {
            assertThat(ask(client, cert)).isEqualTo(RevocationStatus.GOOD);
            pki.ca.revoke(cert.serial());

            clock.advance(Duration.ofMinutes(3));
            assertThat(ask(client, cert)).as("early in its freshness: the cached answer, nothing asked")
                    .isEqualTo(RevocationStatus.GOOD);
            assertThat(questions.get()).isEqualTo(1);

            clock.advance(Duration.ofSeconds(90));
            gate = new CountDownLatch(1);
            assertThat(ask(client, cert)).as("in its last fifth: still the cached answer, without waiting")
                    .isEqualTo(RevocationStatus.GOOD);
            waitFor(questions::get, 2);
            gate.countDown();
            waitFor(() -> ask(client, cert) == RevocationStatus.REVOKED ? 1 : 0, 1);

            clock.advance(Duration.ofMinutes(1));
            assertThat(ask(client, cert)).as("the refreshed answer, fresh for another five minutes")
                    .isEqualTo(RevocationStatus.REVOKED);
            assertThat(questions.get()).isEqualTo(2);
        }
    }

    @Test
    void without_refresh_ahead_the_answer_is_asked_again_only_once_it_is_stale() {
        IssuedCertificate cert = citizen();
        MutableClock clock = new MutableClock(Instant.now());
        try (OcspClient client = new OcspClient(proxyUrl, FRESHNESS, TIMEOUT, clock)) {
            ask(client, cert);
            pki.ca.revoke(cert.serial());
            clock.advance(Duration.ofSeconds(290));
            assertThat(ask(client, cert)).isEqualTo(RevocationStatus.GOOD);
            assertThat(questions.get()).isEqualTo(1);

            clock.advance(Duration.ofSeconds(20));
            assertThat(ask(client, cert)).isEqualTo(RevocationStatus.REVOKED);
            assertThat(questions.get()).isEqualTo(2);
        }
    }

    private static void waitFor(IntSupplier value, int expected) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (value.getAsInt() != expected) {
            assertThat(System.nanoTime()).as("waited 10 s for %d", expected).isLessThan(until);
            Thread.sleep(20);
        }
    }
}
