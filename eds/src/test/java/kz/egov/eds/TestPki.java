package kz.egov.eds;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import kz.egov.eds.algorithm.SignatureAlgorithm;
import kz.egov.eds.devca.DevCertificateAuthority;
import kz.egov.eds.devca.DevNucServer;
import kz.egov.eds.devca.DevSubject;
import kz.egov.eds.devca.IssueOptions;
import kz.egov.eds.devca.IssuedCertificate;
import kz.egov.eds.verify.EdsVerifier;
import kz.egov.eds.verify.RevocationConfig;
import kz.egov.eds.verify.VerifierConfig;

/**
 * One development НУЦ (and its HTTP responder on a free port) shared by every test in the JVM, because RSA key
 * generation is slow; plus a few standard certificates issued once.
 */
public final class TestPki {

    public static final String CITIZEN_IIN = "850515400121";
    public static final String OFFICER_IIN = "900515300908";
    public static final String PROVIDER_BIN = "150340001236";
    public static final String GATEWAY_BIN = "991140000713";

    private static TestPki shared;
    private static DevCertificateAuthority impostor;

    public final Path dir;
    public final DevCertificateAuthority ca;
    public final DevNucServer server;
    private final Map<String, IssuedCertificate> standard = new ConcurrentHashMap<>();

    private TestPki(Path dir) throws IOException {
        this.dir = dir;
        // every hierarchy: the tests still sign with TC26 GOST 2012-256, which the verifier accepts
        this.ca = DevCertificateAuthority.openOrCreate(dir, Clock.systemUTC(), EnumSet.allOf(SignatureAlgorithm.class));
        this.server = DevNucServer.start(ca, 0);
        Runtime.getRuntime().addShutdownHook(new Thread(server::close));
    }

    public static synchronized TestPki shared() {
        if (shared == null) {
            try {
                shared = new TestPki(Files.createTempDirectory("eds-dev-nuc"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return shared;
    }

    /** A second CA with exactly the same names as the shared one but its own keys: a forged НУЦ. */
    public static synchronized DevCertificateAuthority impostor() {
        if (impostor == null) {
            try {
                impostor = DevCertificateAuthority.openOrCreate(Files.createTempDirectory("eds-impostor-nuc"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return impostor;
    }

    /** Citizen ТЕСТОВА АЙГЕРІМ СЕРІКҚЫЗЫ, IIN {@link #CITIZEN_IIN}. */
    public IssuedCertificate citizen(SignatureAlgorithm alg) {
        return standard.computeIfAbsent("citizen-" + alg, k -> ca.issue(
                DevSubject.citizen(CITIZEN_IIN, "ТЕСТОВА", "АЙГЕРІМ", "СЕРІКҚЫЗЫ"), alg));
    }

    /** Officer of the provider {@link #PROVIDER_BIN}. */
    public IssuedCertificate officer(SignatureAlgorithm alg) {
        return standard.computeIfAbsent("officer-" + alg, k -> ca.issue(DevSubject.officer(OFFICER_IIN, "ОМАРОВ",
                "ЕРЛАН", "БОЛАТҰЛЫ", "ГУ «Отдел занятости и социальных программ»", PROVIDER_BIN), alg));
    }

    /** The gateway's system certificate. */
    public IssuedCertificate system(SignatureAlgorithm alg) {
        return standard.computeIfAbsent("system-" + alg, k -> ca.issue(
                DevSubject.system("gateway-router", "АО «НИТ»", GATEWAY_BIN), alg));
    }

    /** A new certificate for one test (GOST keys are quick to make). */
    public IssuedCertificate fresh(SignatureAlgorithm alg, IssueOptions options) {
        return ca.issue(DevSubject.citizen(CITIZEN_IIN, "ТЕСТОВА", "АЙГЕРІМ", "СЕРІКҚЫЗЫ"), alg, options);
    }

    /** Trust in this CA; CRLs read from the published snapshots; OCSP at the test server; no background thread. */
    public VerifierConfig.Builder config() {
        return VerifierConfig.builder(ca.trustAnchors()).revocation(revocation().build());
    }

    public RevocationConfig.Builder revocation() {
        return RevocationConfig.builder()
                .crl(ca.crlSource(SignatureAlgorithm.RSA_SHA256))
                .crl(ca.crlSource(SignatureAlgorithm.GOST2012_256))
                .crl(ca.crlSource(SignatureAlgorithm.GOST2015_512))
                .ocspUrl(server.ocspUrl())
                .backgroundRefresh(false);
    }

    public EdsVerifier verifier() {
        return EdsVerifier.create(config().build());
    }
}
