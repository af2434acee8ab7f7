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
import kz.egov.eds.devca.IssuedCertificate;
import kz.egov.eds.identity.Identities;
import kz.egov.eds.pki.CertificateProfileKind;
import kz.egov.eds.pki.Certificates;
import kz.egov.reference.Participants;

/**
 * The PKI of a stack (tests or `egov up`): the development НУЦ in {@code <dir>/ca} and a system key for the gateway
 * and every participant in {@code <dir>/keys/<id>.p12}, and the pins of those system certificates (SHA-256) in
 * {@code <dir>/ca/participant-pins.properties}, from which the gateway pins its participants, and the broker's TLS
 * certificates in {@code <dir>/kafka} ({@link KafkaTls}). Created on first use,
 * reused afterwards; never committed.
 */
public final class StackPki {

    public static final String GATEWAY_ID = "gateway";
    public static final String GATEWAY_NAME = "АО «Национальные информационные технологии» (ШЭП)";
    public static final String GATEWAY_BIN = "000740001307";
    /** The pins file's name in the trust directory. */
    public static final String PINS_FILE = "participant-pins.properties";
    /** The broker's TLS material ({@link KafkaTls}) under the PKI directory. */
    public static final String KAFKA_DIR = "kafka";

    private final DevCertificateAuthority ca;
    private final Path keysDir;
    private final String keyPassword;
    private final KafkaTls kafka;

    private StackPki(DevCertificateAuthority ca, Path keysDir, String keyPassword, KafkaTls kafka) {
        this.ca = ca;
        this.keysDir = keysDir;
        this.keyPassword = keyPassword;
        this.kafka = kafka;
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
                X509Certificate certificate = systemCertificate(ca, keys, s, keyPassword);
                pins.put(s[0], Identities.sha256Hex(certificate.getEncoded()));
            }
            writePins(ca.directory().resolve(PINS_FILE), pins);
            KafkaTls kafka = KafkaTls.prepare(ca, dir.resolve(KAFKA_DIR), keyPassword);
            ca.publishCrls();
            return new StackPki(ca, keys, keyPassword, kafka);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException("unencodable system certificate", e);
        }
    }

    /**
     * The participant's system certificate, its key issued first when missing or not in the information-system
     * profile (made before the НУЦ issued profiles). The certificate is also kept beside the key as {@code <id>.cer}
     * (public), so a later start reads it without opening the key file: a PKCS#12 file takes about 0.6 s to open on
     * these cores, the seventy participants' keys most of a minute and a half, paid by every test JVM.
     */
    private static X509Certificate systemCertificate(DevCertificateAuthority ca, Path keys, String[] system,
            String keyPassword) throws IOException, CertificateEncodingException {
        Path file = keys.resolve(system[0] + ".p12");
        Path cer = keys.resolve(system[0] + ".cer");
        if (Files.exists(file) && Files.exists(cer)
                && !Files.getLastModifiedTime(cer).toInstant().isBefore(Files.getLastModifiedTime(file).toInstant())) {
            X509Certificate kept = Certificates.load(cer);
            if (systemProfile(kept)) {
                return kept;
            }
        }
        X509Certificate certificate = Files.exists(file)
                ? SigningKey.fromPkcs12(file, keyPassword.toCharArray()).certificate() : null;
        if (certificate == null || !systemProfile(certificate)) {
            IssuedCertificate issued = ca.issue(DevSubject.system(system[0], system[1], system[2]),
                    SignatureAlgorithm.RSA_SHA256);
            issued.writePkcs12(file, keyPassword.toCharArray());
            certificate = issued.certificate();
        }
        Files.write(cer, certificate.getEncoded());
        return certificate;
    }

    /** Whether the certificate is an information system's (the development НУЦ's system profile). */
    private static boolean systemProfile(X509Certificate c) {
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

    /** The broker's and its clients' TLS certificates. */
    public KafkaTls kafka() {
        return kafka;
    }

    public String keyPassword() {
        return keyPassword;
    }
}
