package kz.egov.cli.bench;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import kz.egov.cli.demo.People;
import kz.egov.contract.seal.Sealer;
import kz.egov.contract.message.SignerRole;
import kz.egov.eds.cms.Pkcs12Sealer;
import kz.egov.eds.pki.TrustAnchors;
import kz.egov.eds.pki.TrustDirectory;
import kz.egov.eds.verify.EdsVerifier;
import kz.egov.eds.verify.RevocationConfig;
import kz.egov.eds.verify.VerifierConfig;

/**
 * The cryptography a request costs along the whole path, and what rate that alone would allow on all cores. The
 * counts come from the services themselves ({@code egov_crypto_operations_total} on each service's metrics, on its
 * management port: seal signatures made, signature verifications actually computed); the cost of one seal and of one
 * full verification (CMS, path, validity, revocation) is measured here, on all cores, with the same algorithm
 * (RSA-2048) and the stack's own CA, each signature distinct so nothing is remembered.
 */
final class CryptoWork {

    /** Operation counts summed over the services. */
    record Counts(double seals, double verifications) {

        Counts minus(Counts before) {
            return new Counts(seals - before.seals, verifications - before.verifications);
        }
    }

    /** Rates of one operation per second on all cores. */
    record UnitRates(double sealsPerSecond, double verificationsPerSecond) {
    }

    private static final Pattern METRIC = Pattern.compile(
            "^egov_crypto_operations_total\\{[^}]*operation=\"([a-z_]+)\"[^}]*\\}\\s+([0-9.eE+-]+)$", Pattern.MULTILINE);

    private CryptoWork() {
    }

    /** {@code managementUrls}: each service's management interface ({@code StackConfig.managementUrl}). */
    static Counts scrape(List<String> managementUrls) {
        double seals = 0;
        double math = 0;
        for (String url : managementUrls) {
            Map<String, Double> ops = new LinkedHashMap<>();
            Matcher m = METRIC.matcher(prometheusText(url));
            while (m.find()) {
                ops.merge(m.group(1), Double.parseDouble(m.group(2)), Double::sum);
            }
            if (!ops.containsKey("seal_signature") || !ops.containsKey("signature_math")) {
                throw new IllegalStateException(url + "/q/metrics has no egov_crypto_operations_total");
            }
            seals += ops.get("seal_signature");
            math += ops.get("signature_math");
        }
        return new Counts(seals, math);
    }

    /** The metrics in Prometheus' text format (asked for explicitly: with {@code Accept: application/json} they come as JSON). */
    static String prometheusText(String base) {
        try {
            java.net.http.HttpResponse<String> r = java.net.http.HttpClient.newBuilder().version(java.net.http.HttpClient.Version.HTTP_1_1).build().send(
                    java.net.http.HttpRequest.newBuilder(URI.create(base + "/q/metrics")).header("Accept", "text/plain")
                            .timeout(java.time.Duration.ofSeconds(30)).GET().build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            return r.body();
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot read " + base + "/q/metrics: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted");
        }
    }

    /** Waits until the counters stop moving (the trailing acknowledgements and receipts are done) and returns them. */
    static Counts settled(List<String> managementUrls) {
        Counts last = scrape(managementUrls);
        for (int i = 0; i < 60; i++) {
            sleep(1500);
            Counts now = scrape(managementUrls);
            if (now.equals(last)) {
                return now;
            }
            last = now;
        }
        return last;
    }

    /**
     * Measures sealing and full verification on all cores with keys issued from the stack's CA, each after a warm-up
     * of its own (until session 10 the 600 operations measured ran on a cold JIT: verification looked four times
     * dearer than in {@code eds/bench.sh}, and the crypto-bound rate as low). Every content is sealed once; the
     * first {@code warmUp} seals and verifications are not counted; every verification is of a signature the
     * verifier has not seen, so its memo of signature math never answers.
     */
    static UnitRates measure(kz.egov.cli.demo.Target target, String ocspUrl, int warmUp, int measured) {
        People people = target.people();
        List<People.Key> keys = kz.egov.reference.Population.standard().people().stream()
                .filter(p -> !p.deceased() && p.addressKato() != null).skip(3000).limit(4).map(people::citizen).toList();
        List<Sealer> sealers = keys.stream().map(k -> (Sealer) Pkcs12Sealer.fromPkcs12(k.pkcs12(),
                People.KEY_PASSWORD.toCharArray())).toList();
        int cores = Runtime.getRuntime().availableProcessors();
        int operations = warmUp + measured;
        List<byte[]> contents = new ArrayList<>(operations);
        for (int i = 0; i < operations; i++) {
            contents.add(("egov bench content " + i + " " + System.nanoTime()).getBytes(StandardCharsets.UTF_8));
        }
        List<byte[]> signatures = new ArrayList<>(java.util.Collections.nCopies(operations, (byte[]) null));
        java.util.function.IntConsumer seal = i -> signatures.set(i,
                sealers.get(i % sealers.size()).sealDetached(contents.get(i)));
        onAllCores(cores, 0, warmUp, seal);
        double sealRate = onAllCores(cores, warmUp, operations, seal);
        try (EdsVerifier verifier = verifier(target.caDir().resolve(
                kz.egov.eds.devca.DevCertificateAuthority.TRUST_DIR), ocspUrl)) {
            java.util.function.IntConsumer verify = i -> verifier.verify(contents.get(i), signatures.get(i),
                    Instant.now(), SignerRole.CITIZEN);
            onAllCores(cores, 0, warmUp, verify); // also the certificate paths and OCSP answers of the four signers
            double verifyRate = onAllCores(cores, warmUp, operations, verify);
            return new UnitRates(sealRate, verifyRate);
        }
    }

    /** Runs {@code op} for every index in [from, to) on all cores; returns the operations per second. */
    private static double onAllCores(int cores, int from, int to, java.util.function.IntConsumer op) {
        ExecutorService pool = Executors.newFixedThreadPool(cores);
        AtomicInteger next = new AtomicInteger(from);
        long start = System.nanoTime();
        try {
            List<Future<?>> work = new ArrayList<>();
            for (int t = 0; t < cores; t++) {
                work.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < to; i = next.getAndIncrement()) {
                        op.accept(i);
                    }
                }));
            }
            for (Future<?> f : work) {
                f.get();
            }
        } catch (Exception e) {
            throw new IllegalStateException("crypto measurement failed: " + e.getMessage(), e);
        } finally {
            pool.shutdownNow();
        }
        return (to - from) / ((System.nanoTime() - start) / 1e9);
    }

    private static EdsVerifier verifier(Path trust, String ocspUrl) {
        TrustAnchors anchors = TrustDirectory.anchors(trust);
        RevocationConfig.Builder revocation = RevocationConfig.builder();
        TrustDirectory.crlFiles(trust).forEach(revocation::crlFile);
        if (ocspUrl != null) {
            revocation.ocspUrl(URI.create(ocspUrl));
        }
        return EdsVerifier.create(VerifierConfig.builder(anchors).revocation(revocation.build()).build());
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
