package kz.egov.testinfra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
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
import kz.egov.contract.topic.Deployment;
import kz.egov.reference.Hosting;
import kz.egov.reference.Participants;

/**
 * The PKI of a stack (tests or `egov up`), laid out so that each part is given only what it holds
 * (docs/operations.md, "Trust boundaries"):
 * <ul>
 * <li>{@code <dir>/ca}: the development НУЦ, its own keys under a password of their own; only the НУЦ process and
 * {@code egov ca} open it;</li>
 * <li>{@code <dir>/ca/trust}: what the НУЦ publishes (roots, intermediates, CRLs), the pins of the participants'
 * system certificates (SHA-256, {@value #PINS_FILE}, read by the gateway) and the broker's trust anchor
 * ({@value #KAFKA_TRUST_FILE}): every service's trust directory, no key;</li>
 * <li>{@code <dir>/deployments/<deployment>/keys/<participant>.p12}: the system keys of the participants that
 * deployment hosts ({@link Hosting}) and no others, mode 600 in a mode-700 directory, under that deployment's
 * password;</li>
 * <li>{@code <dir>/kafka}: the broker's TLS certificates ({@link KafkaTls}).</li>
 * </ul>
 * Created on first use, reused afterwards; never committed.
 */
public final class StackPki {

    public static final String GATEWAY_ID = Hosting.GATEWAY_ID;
    public static final String GATEWAY_NAME = "АО «Национальные информационные технологии» (ШЭП)";
    public static final String GATEWAY_BIN = "000740001307";
    /** The pins file's name in the trust directory. */
    public static final String PINS_FILE = "participant-pins.properties";
    /** The broker's TLS material ({@link KafkaTls}) under the PKI directory. */
    public static final String KAFKA_DIR = "kafka";
    /**
     * The broker's trust anchor (PEM) as the services are given it, in the trust directory: a service needs nothing
     * of {@code kafka/}, which holds the broker's and the operators' keys.
     */
    public static final String KAFKA_TRUST_FILE = "kafka-ca.pem";
    /** The deployments' own directories under the PKI directory. */
    public static final String DEPLOYMENTS_DIR = "deployments";
    /** The layout before each deployment had its own keys: every system key in one directory. */
    static final String SHARED_KEYS_DIR = "keys";

    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> OWNER_ONLY_DIR = PosixFilePermissions.fromString("rwx------");

    private final DevCertificateAuthority ca;
    private final Path dir;
    private final KeyPasswords passwords;
    private final KafkaTls kafka;

    private StackPki(DevCertificateAuthority ca, Path dir, KeyPasswords passwords, KafkaTls kafka) {
        this.ca = ca;
        this.dir = dir;
        this.passwords = passwords;
        this.kafka = kafka;
    }

    public static synchronized StackPki prepare(Path dir, KeyPasswords passwords) {
        return prepare(dir, passwords, DevCertificateAuthority.ALGORITHMS);
    }

    /**
     * As {@link #prepare(Path, KeyPasswords)} with the НУЦ's hierarchies of {@code algorithms} (the tests add the TC26
     * GOST 2012-256 one). A system key whose certificate is not in the information-system profile (made before the
     * НУЦ issued profiles) is issued again; keys of the shared layout ({@code <dir>/keys}) are moved into their
     * deployments' directories under those deployments' passwords ({@code old} opens them).
     */
    public static synchronized StackPki prepare(Path dir, KeyPasswords passwords, Set<SignatureAlgorithm> algorithms) {
        try {
            DevCertificateAuthority ca = DevCertificateAuthority.openOrCreate(dir.resolve("ca"), Clock.systemUTC(),
                    algorithms, passwords.ca());
            StackPki pki = new StackPki(ca, dir, passwords, KafkaTls.prepare(ca, dir.resolve(KAFKA_DIR),
                    dir.resolve(DEPLOYMENTS_DIR), passwords));
            List<String[]> systems = new ArrayList<>();
            systems.add(new String[] {GATEWAY_ID, GATEWAY_NAME, GATEWAY_BIN});
            for (Participants.Seed p : Participants.all()) {
                systems.add(new String[] {p.id(), p.name(), p.bin()});
            }
            Map<String, String> pins = new TreeMap<>();
            for (String[] s : systems) {
                X509Certificate certificate = pki.systemCertificate(s);
                pins.put(s[0], Identities.sha256Hex(certificate.getEncoded()));
            }
            writePins(pki.trustDir().resolve(PINS_FILE), pins);
            Files.copy(pki.kafka.trustStore(), pki.trustDir().resolve(KAFKA_TRUST_FILE),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            ca.publishCrls();
            return pki;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException("unencodable system certificate", e);
        }
    }

    /**
     * Moves the system keys of the shared layout ({@code <dir>/keys}, one password {@code password}) into their
     * deployments' directories under each deployment's password, keeping every key and certificate (so the gateway's
     * pins still hold); the shared directory is removed.
     */
    public static void moveSharedKeys(Path dir, String password, KeyPasswords passwords) {
        Path shared = dir.resolve(SHARED_KEYS_DIR);
        if (!Files.isDirectory(shared)) {
            return;
        }
        try (java.util.stream.Stream<Path> files = Files.list(shared)) {
            for (Path f : files.toList()) {
                String name = f.getFileName().toString();
                if (name.endsWith(".p12")) {
                    String id = name.substring(0, name.length() - 4);
                    Deployment d = Hosting.deploymentOf(id);
                    Path to = keysDir(dir, d).resolve(name);
                    createPrivateDirectory(to.getParent());
                    SigningKey key = SigningKey.fromPkcs12(f, password.toCharArray());
                    writePrivate(to, key.toPkcs12(passwords.of(d.id()).toCharArray()));
                    Files.write(to.resolveSibling(id + ".cer"), key.certificate().getEncoded());
                }
                Files.delete(f);
            }
            Files.delete(shared);
        } catch (IOException | CertificateEncodingException e) {
            throw new IllegalStateException("cannot move the shared system keys of " + shared, e);
        }
    }

    /**
     * The participant's system certificate, its key issued first when missing or not in the information-system
     * profile (made before the НУЦ issued profiles). The certificate is also kept beside the key as {@code <id>.cer}
     * (public), so a later start reads it without opening the key file: a PKCS#12 file takes about 0.6 s to open on
     * these cores, the seventy participants' keys most of a minute and a half, paid by every test JVM.
     */
    private X509Certificate systemCertificate(String[] system) throws IOException, CertificateEncodingException {
        Path file = keyFile(system[0]);
        Path cer = file.resolveSibling(system[0] + ".cer");
        createPrivateDirectory(file.getParent());
        if (Files.exists(file) && Files.exists(cer)
                && !Files.getLastModifiedTime(cer).toInstant().isBefore(Files.getLastModifiedTime(file).toInstant())) {
            X509Certificate kept = Certificates.load(cer);
            if (systemProfile(kept)) {
                restrict(file);
                return kept;
            }
        }
        char[] password = keyPassword(system[0]).toCharArray();
        X509Certificate certificate = Files.exists(file) ? SigningKey.fromPkcs12(file, password).certificate() : null;
        if (certificate == null || !systemProfile(certificate)) {
            IssuedCertificate issued = ca.issue(DevSubject.system(system[0], system[1], system[2]),
                    SignatureAlgorithm.RSA_SHA256);
            issued.writePkcs12(file, password);
            certificate = issued.certificate();
        }
        restrict(file);
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

    /** A deployment's keys directory ({@code deployments/<id>/keys}) and the deployment's directory: mode 700. */
    static void createPrivateDirectory(Path keys) throws IOException {
        Files.createDirectories(keys);
        if (posix(keys)) {
            Files.setPosixFilePermissions(keys, OWNER_ONLY_DIR);
            Files.setPosixFilePermissions(keys.getParent(), OWNER_ONLY_DIR);
        }
    }

    /** A key file readable by its owner only. */
    static void restrict(Path file) throws IOException {
        if (posix(file)) {
            Files.setPosixFilePermissions(file, OWNER_ONLY);
        }
    }

    static void writePrivate(Path file, byte[] content) throws IOException {
        Files.write(file, content);
        restrict(file);
    }

    private static boolean posix(Path p) throws IOException {
        return Files.getFileStore(Files.exists(p) ? p : p.getParent()).supportsFileAttributeView("posix");
    }

    public DevCertificateAuthority ca() {
        return ca;
    }

    /** The НУЦ trust directory services read: roots, intermediates, {@code crl/}, the pins; no key. */
    public Path trustDir() {
        return ca.trustDirectory();
    }

    /** {@code <dir>/deployments/<deployment>}: the deployment's own directory. */
    public Path deploymentDir(Deployment deployment) {
        return dir.resolve(DEPLOYMENTS_DIR).resolve(deployment.id());
    }

    /** The system keys of the participants {@code deployment} hosts, and no others. */
    public Path keysDir(Deployment deployment) {
        return keysDir(dir, deployment);
    }

    private static Path keysDir(Path dir, Deployment deployment) {
        return dir.resolve(DEPLOYMENTS_DIR).resolve(deployment.id()).resolve("keys");
    }

    /** The participant's system key file, in the directory of the deployment hosting it. */
    public Path keyFile(String participantId) {
        return keysDir(Hosting.deploymentOf(participantId)).resolve(participantId + ".p12");
    }

    /** The password of the participant's key file: its deployment's. */
    public String keyPassword(String participantId) {
        return keyPassword(Hosting.deploymentOf(participantId));
    }

    public String keyPassword(Deployment deployment) {
        return passwords.of(deployment.id());
    }

    /** The participant's system seal (a test speaking as that participant). */
    public kz.egov.contract.seal.Sealer sealer(String participantId) {
        return kz.egov.eds.cms.Pkcs12Sealer.systemSeal(keyFile(participantId), keyPassword(participantId).toCharArray());
    }

    /** The broker's and its clients' TLS certificates. */
    public KafkaTls kafka() {
        return kafka;
    }
}
