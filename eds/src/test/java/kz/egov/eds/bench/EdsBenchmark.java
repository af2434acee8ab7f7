package kz.egov.eds.bench;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.math.BigInteger;
import java.nio.file.Files;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntConsumer;

import kz.egov.eds.algorithm.BouncyCastle;
import kz.egov.eds.algorithm.SignatureAlgorithm;
import kz.egov.contract.message.SignerRole;
import kz.egov.eds.cms.BcCmsProvider;
import kz.egov.eds.cms.SignedCms;
import kz.egov.eds.cms.SigningKey;
import kz.egov.eds.devca.DevCertificateAuthority;
import kz.egov.eds.devca.DevNucServer;
import kz.egov.eds.devca.DevSubject;
import kz.egov.eds.devca.IssuedCertificate;
import kz.egov.eds.identity.ChannelRules;
import kz.egov.eds.pki.Certificates;
import kz.egov.eds.pki.CrlFeed;
import kz.egov.eds.pki.CrlIndex;
import kz.egov.eds.pki.CrlRevocation;
import kz.egov.eds.pki.CrlSource;
import kz.egov.eds.verify.EdsVerifier;
import kz.egov.eds.verify.RevocationConfig;
import kz.egov.eds.verify.VerifiedSignature;
import kz.egov.eds.verify.VerifierConfig;
import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.cert.jcajce.JcaX509v2CRLBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Throughput of ЭЦП checks (see docs/performance.md, «Signatures (eds)»). Run with {@code eds/bench.sh}
 * [seconds per measurement, default 5]. Uses every core for throughput figures.
 */
public final class EdsBenchmark {

    private static final String IIN = "850515400121";
    /** More than the verifier's memo of signature math holds (8,192). */
    private static final int DISTINCT = 10_000;
    private static final byte[] DOC = ("{\"service\":\"job-seeker-registration\",\"iin\":\"850515400121\","
            + "\"address\":\"Алматы, ул. Абая 1\",\"attachments\":[]}").getBytes(UTF_8);

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        int threads = Runtime.getRuntime().availableProcessors();
        BouncyCastle.provider();
        System.out.printf(Locale.ROOT, "eds benchmark: %d threads, %d s per measurement, Java %s%n",
                threads, seconds, System.getProperty("java.version"));

        // every suite, Kazakh GOST 2015-512 included (Kazakh OIDs, little-endian signatures, as НУЦ and Kalkan write
        // them): its certificates, CRL and OCSP answers are made by the development НУЦ's GOST 2015 hierarchy
        DevCertificateAuthority ca = DevCertificateAuthority.openOrCreate(Files.createTempDirectory("eds-bench"),
                Clock.systemUTC(), EnumSet.allOf(SignatureAlgorithm.class));
        RevocationConfig.Builder revocation = RevocationConfig.builder();
        for (SignatureAlgorithm alg : SignatureAlgorithm.values()) {
            revocation.crl(ca.crlSource(alg));
        }
        try (DevNucServer server = DevNucServer.start(ca, 0);
             EdsVerifier verifier = EdsVerifier.create(VerifierConfig.builder(ca.trustAnchors())
                     .revocation(revocation.ocspUrl(server.ocspUrl()).build())
                     .build())) {
            BcCmsProvider cms = new BcCmsProvider();
            for (SignatureAlgorithm alg : SignatureAlgorithm.values()) {
                IssuedCertificate cert = ca.issue(DevSubject.citizen(IIN, "ТЕСТОВА", "АЙГЕРІМ", "СЕРІКҚЫЗЫ"), alg);
                SigningKey key = cert.signingKey();
                byte[] signature = cms.signDetached(DOC, key);
                // distinct documents: the verifier remembers the signature math of a CMS over a content (a batch seal
                // repeats both on every envelope of its batch), so one signature checked again and again would
                // measure that memo, not a check; more documents than it remembers, taken in turn
                byte[][] docs = new byte[DISTINCT][];
                byte[][] signatures = new byte[DISTINCT][];
                java.util.stream.IntStream.range(0, DISTINCT).parallel().forEach(k -> {
                    docs[k] = (new String(DOC, UTF_8).replace("}", ",\"n\":" + k + "}")).getBytes(UTF_8);
                    signatures[k] = cms.signDetached(docs[k], key);
                });
                java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
                Rate full = rate(threads, seconds, i -> {
                    int k = Math.floorMod(next.getAndIncrement(), DISTINCT);
                    VerifiedSignature v = verifier.verify(docs[k], signatures[k], Instant.now(), SignerRole.CITIZEN);
                    ChannelRules.checkCitizen(v.signer(), IIN, IIN);
                });
                Rate raw = rate(threads, seconds, i -> {
                    SignedCms s = cms.open(signature);
                    PublicKey pk = Certificates.publicKey(Certificates.parse(s.signerCertificateDer()));
                    s.verifyContent(DOC, pk);
                });
                PublicKey decodedOnce = Certificates.publicKey(cert.certificate());
                Rate math = rate(threads, seconds, i -> cms.open(signature).verifyContent(DOC, decodedOnce));
                Rate seal = rate(threads, seconds, i -> cms.signDetached(DOC, key));
                System.out.printf(Locale.ROOT, "%s (per s on %d cores, projected from CPU time; measured wall-clock in brackets)%n"
                                + "  full check (parse+signature+path+revocation+identity) %7.0f  [%7.0f]%n"
                                + "  raw parse+verify, key decoded per message             %7.0f  [%7.0f]%n"
                                + "  raw parse+verify, key decoded once                    %7.0f  [%7.0f]%n"
                                + "  full/raw %.2f   full/raw(key once) %.2f%n"
                                + "  sealing                                               %7.0f  [%7.0f]%n",
                        alg, threads, full.projected(threads), full.perWallSecond(), raw.projected(threads),
                        raw.perWallSecond(), math.projected(threads), math.perWallSecond(),
                        full.perCpuSecond() / raw.perCpuSecond(), full.perCpuSecond() / math.perCpuSecond(),
                        seal.projected(threads), seal.perWallSecond());
            }
            crlBenchmark(ca);
        }
    }

    /** A throughput figure: operations per wall-clock second, and per CPU-second of the measuring threads. */
    record Rate(double perWallSecond, double perCpuSecond) {
        /** What all {@code cores} would do if the machine were otherwise idle. */
        double projected(int cores) {
            return perCpuSecond * cores;
        }
    }

    /**
     * Throughput over {@code threads} threads: a one-second warm-up, then the best of three measurements of
     * {@code seconds} (other processes on the machine only ever make a figure worse).
     */
    static Rate rate(int threads, int seconds, IntConsumer op) throws Exception {
        measure(threads, 1, op);
        Rate best = null;
        for (int i = 0; i < 3; i++) {
            Rate r = measure(threads, seconds, op);
            best = best == null || r.perCpuSecond() > best.perCpuSecond() ? r : best;
        }
        return best;
    }

    private static Rate measure(int threads, int seconds, IntConsumer op) throws Exception {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicBoolean stop = new AtomicBoolean();
        List<Future<long[]>> counts = new ArrayList<>();
        long start = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            counts.add(pool.submit(() -> {
                long cpu0 = mx.getCurrentThreadCpuTime();
                long n = 0;
                while (!stop.get()) {
                    op.accept((int) n++);
                }
                return new long[] {n, mx.getCurrentThreadCpuTime() - cpu0};
            }));
        }
        Thread.sleep(seconds * 1000L);
        stop.set(true);
        long total = 0;
        long cpuNanos = 0;
        for (Future<long[]> f : counts) {
            long[] r = f.get();
            total += r[0];
            cpuNanos += r[1];
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        return new Rate(total / elapsed, total / (cpuNanos / 1e9));
    }

    private static void crlBenchmark(DevCertificateAuthority ca) throws Exception {
        int entries = 200_000;
        Random random = new Random(1);
        List<BigInteger> serials = new ArrayList<>(entries);
        var issuer = ca.intermediate(SignatureAlgorithm.RSA_SHA256);
        JcaX509v2CRLBuilder b = new JcaX509v2CRLBuilder(issuer, new Date());
        b.setNextUpdate(Date.from(Instant.now().plus(Duration.ofDays(1))));
        Date revoked = new Date();
        for (int i = 0; i < entries; i++) {
            BigInteger s = new BigInteger(159, random);
            serials.add(s);
            b.addCRLEntry(s, revoked, CRLReason.keyCompromise);
        }
        SigningKey caKey = SigningKey.fromPkcs12(Files.readAllBytes(ca.directory().resolve("rsa-ca.p12")),
                DevCertificateAuthority.CA_KEY_PASSWORD);
        byte[] der = b.build(new JcaContentSignerBuilder("SHA256withRSA").setProvider("BC").build(caKey.privateKey()))
                .getEncoded();

        CrlRevocation crls = new CrlRevocation(List.of(CrlSource.supplier("200k", () -> der)),
                List.of(issuer), Duration.ofHours(1), Duration.ofMinutes(15), java.time.Clock.systemUTC());
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        long best = Long.MAX_VALUE;
        long bestCpu = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            long cpu0 = mx.getCurrentThreadCpuTime();
            crls.refreshAll();
            bestCpu = Math.min(bestCpu, mx.getCurrentThreadCpuTime() - cpu0);
            best = Math.min(best, crls.feeds().get(0).lastRefreshTime().toNanos());
        }
        CrlFeed feed = crls.feeds().get(0);
        CrlIndex idx = feed.current();

        var principal = issuer.getSubjectX500Principal();
        List<BigInteger> probes = new ArrayList<>();
        for (int i = 0; i < 100_000; i++) {
            probes.add(i % 2 == 0 ? serials.get(random.nextInt(entries)) : new BigInteger(159, random));
        }
        Instant now = Instant.now();
        int revokedHits = 0;
        for (int round = 0; round < 5; round++) {
            for (BigInteger p : probes) {
                revokedHits += crls.status(principal, p, now).ordinal();
            }
        }
        double bestNs = Double.MAX_VALUE;
        for (int rep = 0; rep < 3; rep++) {
            long t0 = mx.getCurrentThreadCpuTime();
            int rounds = 20;
            for (int round = 0; round < rounds; round++) {
                for (BigInteger p : probes) {
                    revokedHits += crls.status(principal, p, now).ordinal();
                }
            }
            bestNs = Math.min(bestNs, (mx.getCurrentThreadCpuTime() - t0) / (double) (rounds * probes.size()));
        }
        System.out.printf(Locale.ROOT, "CRL %d entries (%.1f MB): refresh (fetch+parse+verify+index) %.0f ms wall,"
                        + " %.0f ms CPU; lookup %.3f us CPU (single thread, half hits) [checksum %d]%n",
                idx.size(), der.length / 1e6, best / 1e6, bestCpu / 1e6, bestNs / 1000, revokedHits);
    }

    private EdsBenchmark() {
    }
}
