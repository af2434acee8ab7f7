package kz.egov.testinfra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import kz.egov.eds.algorithm.SignatureAlgorithm;
import kz.egov.eds.devca.DevCertificateAuthority;
import kz.egov.eds.cms.SigningKey;
import kz.egov.eds.devca.DevSubject;
import kz.egov.eds.identity.Identities;
import kz.egov.eds.pki.CertificateProfileKind;
import kz.egov.reference.Participants;

/**
 * The PKI of a stack (tests or `egov up`): the development НУЦ in {@code <dir>/ca} and a system key for the gateway
 * and every participant in {@code <dir>/keys/<id>.p12}, and the pins of those system certificates (SHA-256) in
 * {@code <dir>/ca/participant-pins.properties}, from which the gateway pins its participants. Created on first use,
 * reused afterwards; never committed.
 */
public final class StackPki {

    public static final String GATEWAY_ID = "gateway";
    public static final String GATEWAY_NAME = "АО «Национальные информационные технологии» (ШЭП)";
    public static final String GATEWAY_BIN = "000740001307";
    /** The pins file's name in the trust directory. */
    public static final String PINS_FILE = "participant-pins.properties";

    private final DevCertificateAuthority ca;
    private final Path keysDir;
    private final String keyPassword;

    private StackPki(DevCertificateAuthority ca, Path keysDir, String keyPassword) {
        this.ca = ca;
        this.keysDir = keysDir;
        this.keyPassword = keyPassword;
    }

    public static synchronized StackPki prepare(Path dir, String keyPassword) {
        return prepare(dir, keyPassword, DevCertificateAuthority.ALGORITHMS);
    }

    /**
     * As {@link #prepare(Path, String)} with the НУЦ's hierarchies of {@code algorithms} (the tests add the TC26 GOST
     * 2012-256 one). A system key whose certificate is not in the information-system profile (made before the НУЦ
     * issued profiles) is issued again.
     */
    public static synchronized StackPki prepare(Path dir, String keyPassword, Set<SignatureAlgorithm> algorithms) {
        try {
            DevCertificateAuthority ca = DevCertificateAuthority.openOrCreate(dir.resolve("ca"), Clock.systemUTC(),
                    algorithms);
            Path keys = Files.createDirectories(dir.resolve("keys"));
            List<String[]> systems = new ArrayList<>();
            systems.add(new String[] {GATEWAY_ID, GATEWAY_NAME, GATEWAY_BIN});
            for (Participants.Seed p : Participants.all()) {
                systems.add(new String[] {p.id(), p.name(), p.bin()});
            }
            Map<String, String> pins = new TreeMap<>();
            for (String[] s : systems) {
                Path file = keys.resolve(s[0] + ".p12");
                if (!Files.exists(file) || !systemProfile(file, keyPassword)) {
                    ca.issue(DevSubject.system(s[0], s[1], s[2]), SignatureAlgorithm.RSA_SHA256)
                            .writePkcs12(file, keyPassword.toCharArray());
                }
                X509Certificate certificate = SigningKey.fromPkcs12(file, keyPassword.toCharArray()).certificate();
                pins.put(s[0], Identities.sha256Hex(certificate.getEncoded()));
            }
            writePins(ca.directory().resolve(PINS_FILE), pins);
            ca.publishCrls();
            return new StackPki(ca, keys, keyPassword);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException("unencodable system certificate", e);
        }
    }

    /** Whether the key file's certificate is an information system's (the development НУЦ's system profile). */
    private static boolean systemProfile(Path file, String keyPassword) {
        X509Certificate c = SigningKey.fromPkcs12(file, keyPassword.toCharArray()).certificate();
        return CertificateProfileKind.of(c).filter(k -> k == CertificateProfileKind.SYSTEM).isPresent();
    }

    /** The pins file the gateway reads: participant id = SHA-256 of its system certificate. */
    private static void writePins(Path file, Map<String, String> pins) throws IOException {
        StringBuilder text = new StringBuilder("# participant id = SHA-256 of its system certificate (DER); written by "
                + "egov up, read by the gateway at start-up\n");
        pins.forEach((id, sha) -> text.append(id).append('=').append(sha).append('\n'));
        Files.writeString(file, text.toString(), StandardCharsets.UTF_8);
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
