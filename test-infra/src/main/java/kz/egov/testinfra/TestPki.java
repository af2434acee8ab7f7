package kz.egov.testinfra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Map;

import kz.egov.contract.topic.Deployment;
import kz.egov.eds.algorithm.SignatureAlgorithm;
import kz.egov.eds.devca.DevNucServer;

/**
 * The tests' PKI: one development НУЦ per build (kept under the root target/ so every module reuses its keys) and,
 * per test JVM, its OCSP/CRL server on a free port.
 */
public final class TestPki {

    public static final String KEY_PASSWORD = "test-key-password";

    private static TestPki instance;

    private final StackPki pki;
    private final DevNucServer nuc;

    private TestPki(StackPki pki, DevNucServer nuc) {
        this.pki = pki;
        this.nuc = nuc;
    }

    public static synchronized TestPki get() {
        if (instance == null) {
            String root = System.getProperty("egov.root", "..");
            // every hierarchy, TC26 GOST 2012-256 too: the verifier still accepts it and some tests sign with it
            StackPki pki = StackPki.prepare(Path.of(root, "target", "test-pki"), KeyPasswords.uniform(KEY_PASSWORD),
                    EnumSet.allOf(SignatureAlgorithm.class));
            try {
                DevNucServer nuc = DevNucServer.start(pki.ca(), FreePorts.next());
                instance = new TestPki(pki, nuc);
                Runtime.getRuntime().addShutdownHook(new Thread(nuc::close, "test-nuc-stop"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return instance;
    }

    public StackPki pki() {
        return pki;
    }

    public DevNucServer nuc() {
        return nuc;
    }

    /** The configuration {@code deployment} needs to use this PKI: the trust directory, its own keys, the НУЦ. */
    public Map<String, String> serviceConfig(Deployment deployment) {
        return Map.of("egov.pki.trust-dir", pki.trustDir().toString(),
                "egov.pki.keys-dir", pki.keysDir(deployment).toString(),
                "egov.pki.key-password", pki.keyPassword(deployment),
                "egov.pki.ocsp-url", nuc.ocspUrl().toString());
    }
}
