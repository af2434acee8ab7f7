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
import java.util.concurrent.ConcurrentHashMap;

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
 */
public final class OcspClient implements OcspLookup {

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
    private volatile Instant downUntil;

    public OcspClient(URI url, Duration freshness, Duration timeout, Clock clock) {
        this.url = url;
        this.freshness = freshness;
        this.timeout = timeout;
        this.clock = clock;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
    }

    @Override
    public RevocationStatus status(X509Certificate cert, X509Certificate issuer, String certKey) {
        Instant now = clock.instant();
        Cached c = cache.get(certKey);
        if (c != null && now.isBefore(c.fetchedAt().plus(freshness))) {
            return c.status();
        }
        Instant down = downUntil;
        if (down != null && now.isBefore(down)) {
            return RevocationStatus.UNKNOWN;
        }
        try {
            RevocationStatus s = query(cert, issuer, now);
            if (s != RevocationStatus.UNKNOWN) {
                cache.put(certKey, new Cached(s, now));
            }
            return s;
        } catch (IOException | RejectedException e) {
            downUntil = now.plus(BACKOFF);
            return RevocationStatus.UNKNOWN;
        }
    }

    @Override
    public void clear() {
        cache.clear();
        downUntil = null;
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
