package kz.egov.testinfra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import kz.egov.eds.algorithm.SignatureAlgorithm;
import kz.egov.eds.devca.DevCertificateAuthority;
import kz.egov.eds.devca.DevSubject;
import kz.egov.reference.Participants;

/**
 * The PKI of a stack (tests or `egov up`): the development НУЦ in {@code <dir>/ca} and a system key for the gateway
 * and every participant in {@code <dir>/keys/<id>.p12}. Created on first use, reused afterwards; never committed.
 */
public final class StackPki {

    public static final String GATEWAY_ID = "gateway";
    public static final String GATEWAY_NAME = "АО «Национальные информационные технологии» (ШЭП)";
    public static final String GATEWAY_BIN = "000740001307";

    private final DevCertificateAuthority ca;
    private final Path keysDir;
    private final String keyPassword;

    private StackPki(DevCertificateAuthority ca, Path keysDir, String keyPassword) {
        this.ca = ca;
        this.keysDir = keysDir;
        this.keyPassword = keyPassword;
    }

    public static synchronized StackPki prepare(Path dir, String keyPassword) {
        try {
            DevCertificateAuthority ca = DevCertificateAuthority.openOrCreate(dir.resolve("ca"));
            Path keys = Files.createDirectories(dir.resolve("keys"));
            List<String[]> systems = new ArrayList<>();
            systems.add(new String[] {GATEWAY_ID, GATEWAY_NAME, GATEWAY_BIN});
            for (Participants.Seed p : Participants.all()) {
                systems.add(new String[] {p.id(), p.name(), p.bin()});
            }
            for (String[] s : systems) {
                Path file = keys.resolve(s[0] + ".p12");
                if (!Files.exists(file)) {
                    ca.issue(DevSubject.system(s[0], s[1], s[2]), SignatureAlgorithm.RSA_SHA256)
                            .writePkcs12(file, keyPassword.toCharArray());
                }
            }
            ca.publishCrls();
            return new StackPki(ca, keys, keyPassword);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public DevCertificateAuthority ca() {
        return ca;
    }

    /** The НУЦ trust directory services read: roots, intermediates, {@code crl/}. */
    public Path trustDir() {
        return ca.directory();
    }

    public Path keysDir() {
        return keysDir;
    }

    public String keyPassword() {
        return keyPassword;
    }
}
