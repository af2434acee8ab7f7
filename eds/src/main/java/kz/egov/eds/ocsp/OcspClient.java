package kz.egov.eds.ocsp;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import kz.egov.contract.reason.RejectedException;
import kz.egov.eds.algorithm.BouncyCastle;
import kz.egov.eds.pki.OcspLookup;
import kz.egov.eds.pki.RevocationStatus;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.ocsp.OCSPObjectIdentifiers;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.cert.ocsp.CertificateID;
import org.bouncycastle.cert.ocsp.OCSPReqBuilder;
import org.bouncycastle.cert.ocsp.jcajce.JcaCertificateID;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * Asks a НУЦ OCSP responder (HTTP POST, {@code application/ocsp-request}) and caches each certificate's answer for a
 * freshness bound (default 5 minutes).
 *
 * <p>An answer is believed only when fresh: the request's nonce echoed back, or — from a responder that echoes no
 * nonce — a thisUpdate no older than a maximum age (default 1 hour). After a failure the responder is not asked
 * again for a short back-off, so an outage does not add a timeout to every check; during the back-off every check
 * without a cached answer is UNKNOWN (never GOOD): the caller fails closed.
 *
 * <p>Concurrent checks of one certificate whose answer is missing or stale share one query (the first asks, the
 * others wait for its answer). With refresh ahead on, an answer used in the last fifth of its freshness is asked
 * again in a background thread while the cached one is still returned, so a certificate in steady use (a
 * participant's seal, an active citizen) never waits for the responder on the request path; no answer is ever used
 * past its freshness.
 */
public final class OcspClient implements OcspLookup, AutoCloseable {

    public static final Duration DEFAULT_FRESHNESS = Duration.ofMinutes(5);
    /** How old a thisUpdate may be when the responder echoes no nonce. */
    public static final Duration DEFAULT_MAX_AGE = Duration.ofHours(1);
    private static final Duration BACKOFF = Duration.ofSeconds(5);
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    private record Cached(OcspAnswer answer, Instant fetchedAt) {
    }

    private final URI url;
    private final Duration freshness;
    private final Duration maxAge;
    private final Duration timeout;
    private final Clock clock;
    private final HttpClient http;
    private final SecureRandom random = new SecureRandom();
    private final ConcurrentHashMap<String, Cached> cache = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, CompletableFuture<OcspAnswer>> inFlight = new ConcurrentHashMap<>();
    private final Duration refreshAfter;
    private final ExecutorService refresher;
    private volatile Instant downUntil;

    /** Without refresh ahead: an answer is asked again by the first check that finds it stale. */
    public OcspClient(URI url, Duration freshness, Duration timeout, Clock clock) {
        this(url, freshness, timeout, clock, false);
    }

    /** @param refreshAhead whether answers in steady use are asked again in a background thread before they expire */
    public OcspClient(URI url, Duration freshness, Duration timeout, Clock clock, boolean refreshAhead) {
        this(url, freshness, DEFAULT_MAX_AGE, timeout, clock, refreshAhead);
    }

    /**
     * @param maxAge       how old an answer's thisUpdate may be when the responder did not echo the nonce
     * @param refreshAhead whether answers in steady use are asked again in a background thread before they expire
     */
    public OcspClient(URI url, Duration freshness, Duration maxAge, Duration timeout, Clock clock,
            boolean refreshAhead) {
        this.url = url;
        this.freshness = freshness;
        this.maxAge = maxAge;
        this.refreshAfter = freshness.minus(freshness.dividedBy(5));
        this.timeout = timeout;
        this.clock = clock;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
        this.refresher = refreshAhead ? Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "ocsp-refresh");
            t.setDaemon(true);
            return t;
        }) : null;
    }

    /** The status now (the clock's instant). */
    public RevocationStatus status(X509Certificate cert, X509Certificate issuer, String certKey) {
        return status(cert, issuer, certKey, clock.instant());
    }

    @Override
    public RevocationStatus status(X509Certificate cert, X509Certificate issuer, String certKey, Instant at) {
        OcspAnswer a = answer(cert, issuer, certKey);
        return a == null ? RevocationStatus.UNKNOWN : a.statusAt(at);
    }

    /** The cached fresh answer, or the responder's; null when there is none (down, in back-off, unusable). */
    private OcspAnswer answer(X509Certificate cert, X509Certificate issuer, String certKey) {
        Instant now = clock.instant();
        Cached c = cache.get(certKey);
        if (c != null && now.isBefore(c.fetchedAt().plus(freshness))) {
            if (refresher != null && now.isAfter(c.fetchedAt().plus(refreshAfter))) {
                refreshInBackground(cert, issuer, certKey);
            }
            return c.answer();
        }
        Instant down = downUntil;
        if (down != null && now.isBefore(down)) {
            return null;
        }
        CompletableFuture<OcspAnswer> mine = new CompletableFuture<>();
        CompletableFuture<OcspAnswer> running = inFlight.putIfAbsent(certKey, mine);
        if (running != null) {
            return await(running);
        }
        Cached meanwhile = cache.get(certKey);
        if (meanwhile != null && now.isBefore(meanwhile.fetchedAt().plus(freshness))) {
            inFlight.remove(certKey, mine);
            mine.complete(meanwhile.answer());
            return meanwhile.answer();
        }
        return fetch(cert, issuer, certKey, mine);
    }

    /** Asks the responder once for everyone waiting on {@code future}, caches a definite answer. */
    private OcspAnswer fetch(X509Certificate cert, X509Certificate issuer, String certKey,
            CompletableFuture<OcspAnswer> future) {
        OcspAnswer a = null;
        try {
            Instant now = clock.instant();
            a = query(cert, issuer, now);
            if (a != null && a.status() != RevocationStatus.UNKNOWN) {
                cache.put(certKey, new Cached(a, now));
            }
        } catch (IOException | RejectedException e) {
            downUntil = clock.instant().plus(BACKOFF);
        } finally {
            inFlight.remove(certKey, future);
            future.complete(a);
        }
        return a;
    }

    private void refreshInBackground(X509Certificate cert, X509Certificate issuer, String certKey) {
        CompletableFuture<OcspAnswer> mine = new CompletableFuture<>();
        if (inFlight.putIfAbsent(certKey, mine) != null) {
            return;
        }
        try {
            refresher.execute(() -> fetch(cert, issuer, certKey, mine));
        } catch (RuntimeException e) {
            inFlight.remove(certKey, mine);
            mine.complete(null);
        }
    }

    private OcspAnswer await(CompletableFuture<OcspAnswer> running) {
        try {
            return running.get(timeout.toMillis() * 2, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (ExecutionException | TimeoutException e) {
            return null;
        }
    }

    @Override
    public void clear() {
        cache.clear();
        downUntil = null;
    }

    /** Stops the background refresh thread, if any. */
    @Override
    public void close() {
        if (refresher != null) {
            refresher.shutdownNow();
        }
    }

    /** The verified, fresh answer about {@code cert}; null when the responder's answer is unusable. */
    private OcspAnswer query(X509Certificate cert, X509Certificate issuer, Instant now) throws IOException {
        byte[] nonce = new byte[16];
        random.nextBytes(nonce);
        byte[] response = post(request(cert, issuer, nonce));
        byte[] echoed = OcspResponses.nonce(response);
        boolean nonceEchoed = echoed != null && (Arrays.equals(echoed, new DEROctetString(nonce).getEncoded())
                || Arrays.equals(echoed, nonce));
        if (echoed != null && !nonceEchoed) {
            return null;
        }
        for (OcspAnswer a : OcspResponses.answersFor(response, cert, issuer, now)) {
            if (isCurrent(a, now) && (nonceEchoed || !a.thisUpdate().isBefore(now.minus(maxAge)))) {
                return a;
            }
        }
        return null;
    }

    private static boolean isCurrent(OcspAnswer a, Instant now) {
        return !a.thisUpdate().isAfter(now.plus(CLOCK_SKEW))
                && (a.nextUpdate() == null || !now.isAfter(a.nextUpdate()));
    }

    private static byte[] request(X509Certificate cert, X509Certificate issuer, byte[] nonce) throws IOException {
        try {
            CertificateID id = new JcaCertificateID(new JcaDigestCalculatorProviderBuilder()
                    .setProvider(BouncyCastle.provider()).build().get(CertificateID.HASH_SHA1), issuer,
                    cert.getSerialNumber());
            return new OCSPReqBuilder().addRequest(id)
                    .setRequestExtensions(new Extensions(new Extension(OCSPObjectIdentifiers.id_pkix_ocsp_nonce, false,
                            new DEROctetString(nonce))))
                    .build().getEncoded();
        } catch (Exception e) {
            throw new IOException("cannot build OCSP request", e);
        }
    }

    private byte[] post(byte[] body) throws IOException {
        HttpRequest req = HttpRequest.newBuilder(url).timeout(timeout)
                .header("Content-Type", "application/ocsp-request")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        try {
            HttpResponse<byte[]> resp = http.send(req, HttpResponse.BodyHandlers.ofByteArray());
            if (resp.statusCode() != 200) {
                throw new IOException("OCSP responder answered HTTP " + resp.statusCode());
            }
            return resp.body();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }
}
