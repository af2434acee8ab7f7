package kz.egov.eds.ocsp;

import java.io.IOException;
import java.math.BigInteger;
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
import java.util.List;
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
 * freshness bound (default 5 minutes). After a failure the responder is not asked again for a short back-off, so an
 * outage does not add a timeout to every check.
 *
 * <p>Concurrent checks of one certificate whose answer is missing or stale share one query (the first asks, the
 * others wait for its answer). With refresh ahead on, an answer used in the last fifth of its freshness is asked
 * again in a background thread while the cached one is still returned, so a certificate in steady use (a
 * participant's seal, an active citizen) never waits for the responder on the request path; no answer is ever used
 * past its freshness.
 */
public final class OcspClient implements OcspLookup, AutoCloseable {

    public static final Duration DEFAULT_FRESHNESS = Duration.ofMinutes(5);
    private static final Duration BACKOFF = Duration.ofSeconds(5);
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    private record Cached(RevocationStatus status, Instant fetchedAt) {
    }

    private final URI url;
    private final Duration freshness;
    private final Duration timeout;
    private final Clock clock;
    private final HttpClient http;
    private final SecureRandom random = new SecureRandom();
    private final ConcurrentHashMap<String, Cached> cache = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, CompletableFuture<RevocationStatus>> inFlight = new ConcurrentHashMap<>();
    private final Duration refreshAfter;
    private final ExecutorService refresher;
    private volatile Instant downUntil;

    /** Without refresh ahead: an answer is asked again by the first check that finds it stale. */
    public OcspClient(URI url, Duration freshness, Duration timeout, Clock clock) {
        this(url, freshness, timeout, clock, false);
    }

    /** @param refreshAhead whether answers in steady use are asked again in a background thread before they expire */
    public OcspClient(URI url, Duration freshness, Duration timeout, Clock clock, boolean refreshAhead) {
        this.url = url;
        this.freshness = freshness;
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

    @Override
    public RevocationStatus status(X509Certificate cert, X509Certificate issuer, String certKey) {
        Instant now = clock.instant();
        Cached c = cache.get(certKey);
        if (c != null && now.isBefore(c.fetchedAt().plus(freshness))) {
            if (refresher != null && now.isAfter(c.fetchedAt().plus(refreshAfter))) {
                refreshInBackground(cert, issuer, certKey);
            }
            return c.status();
        }
        Instant down = downUntil;
        if (down != null && now.isBefore(down)) {
            return RevocationStatus.UNKNOWN;
        }
        CompletableFuture<RevocationStatus> mine = new CompletableFuture<>();
        CompletableFuture<RevocationStatus> running = inFlight.putIfAbsent(certKey, mine);
        if (running != null) {
            return await(running);
        }
        Cached meanwhile = cache.get(certKey);
        if (meanwhile != null && now.isBefore(meanwhile.fetchedAt().plus(freshness))) {
            inFlight.remove(certKey, mine);
            mine.complete(meanwhile.status());
            return meanwhile.status();
        }
        return fetch(cert, issuer, certKey, mine);
    }

    /** Asks the responder once for everyone waiting on {@code future}, caches a definite answer. */
    private RevocationStatus fetch(X509Certificate cert, X509Certificate issuer, String certKey,
            CompletableFuture<RevocationStatus> future) {
        RevocationStatus s = RevocationStatus.UNKNOWN;
        try {
            Instant now = clock.instant();
            s = query(cert, issuer, now);
            if (s != RevocationStatus.UNKNOWN) {
                cache.put(certKey, new Cached(s, now));
            }
        } catch (IOException | RejectedException e) {
            downUntil = clock.instant().plus(BACKOFF);
        } finally {
            inFlight.remove(certKey, future);
            future.complete(s);
        }
        return s;
    }

    private void refreshInBackground(X509Certificate cert, X509Certificate issuer, String certKey) {
        CompletableFuture<RevocationStatus> mine = new CompletableFuture<>();
        if (inFlight.putIfAbsent(certKey, mine) != null) {
            return;
        }
        try {
            refresher.execute(() -> fetch(cert, issuer, certKey, mine));
        } catch (RuntimeException e) {
            inFlight.remove(certKey, mine);
            mine.complete(RevocationStatus.UNKNOWN);
        }
    }

    private RevocationStatus await(CompletableFuture<RevocationStatus> running) {
        try {
            return running.get(timeout.toMillis() * 2, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return RevocationStatus.UNKNOWN;
        } catch (ExecutionException | TimeoutException e) {
            return RevocationStatus.UNKNOWN;
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

    private RevocationStatus query(X509Certificate cert, X509Certificate issuer, Instant now) throws IOException {
        byte[] nonce = new byte[16];
        random.nextBytes(nonce);
        byte[] response = post(request(cert, issuer, nonce));
        byte[] echoed = OcspResponses.nonce(response);
        if (echoed != null && !Arrays.equals(echoed, new DEROctetString(nonce).getEncoded())
                && !Arrays.equals(echoed, nonce)) {
            return RevocationStatus.UNKNOWN;
        }
        List<OcspAnswer> answers = OcspResponses.readVerified(response, issuer, now);
        BigInteger serial = cert.getSerialNumber();
        for (OcspAnswer a : answers) {
            if (a.serial().equals(serial) && isCurrent(a, now)) {
                return a.status();
            }
        }
        return RevocationStatus.UNKNOWN;
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
