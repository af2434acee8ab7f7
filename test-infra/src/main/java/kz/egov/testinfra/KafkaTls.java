package kz.egov.testinfra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import kz.egov.contract.topic.Deployment;
import kz.egov.eds.devca.DevCertificateAuthority;
import kz.egov.eds.devca.TlsProfile;
import kz.egov.eds.algorithm.SignatureAlgorithm;

/**
 * The broker's trust, in {@code <pki>/kafka}: the development НУЦ's RSA root as the one trust anchor
 * ({@value #CA_FILE}), the broker's server certificate ({@code kafka.p12}: SAN 127.0.0.1, localhost, kafka) and the
 * operators' super-user ({@code egov-operator.p12}); and a TLS client certificate per {@link Deployment} in that
 * deployment's own directory ({@code <pki>/deployments/<deployment>/kafka.p12}). All are in the development НУЦ's TLS
 * profiles, mode 600, each under its owner's password ({@link KeyPasswords}).
 * The broker maps a certificate to its principal by {@link #PRINCIPAL_MAPPING_RULES}: only this system's TLS
 * certificates name one; any other certificate (a person's, a participant's seal) fails authentication.
 */
public final class KafkaTls {

    /** The subject's organisational unit every broker certificate carries. */
    public static final String UNIT = "egov-kafka";
    public static final String ORGANISATION = "egov";
    /** The broker's principal (a super-user: it talks to its own controller). */
    public static final String BROKER = "kafka";
    /** The operators' principal (a super-user): creates topics and ACLs, reads offsets, injects test probes. */
    public static final String OPERATOR = "egov-operator";
    public static final String CA_FILE = "ca.pem";
    public static final List<String> SERVER_DNS_NAMES = List.of("localhost", "kafka");
    public static final List<String> SERVER_IP_ADDRESSES = List.of("127.0.0.1");
    /**
     * {@code CN=<name>,OU=egov-kafka,O=egov,C=KZ} is principal {@code <name>}; no other rule, not even DEFAULT, so a
     * certificate of any other subject opens no session.
     */
    public static final String PRINCIPAL_MAPPING_RULES = "RULE:^CN=([a-z][a-z0-9-]*),OU=" + UNIT + ",O=" + ORGANISATION
            + ",C=KZ$/$1/";
    public static final String SUPER_USERS = "User:" + BROKER + ";User:" + OPERATOR;
    public static final String AUTHORIZER = "org.apache.kafka.metadata.authorizer.StandardAuthorizer";

    /** A deployment's broker certificate, in its own directory. */
    public static final String DEPLOYMENT_KEY_STORE = "kafka.p12";

    private final Path dir;
    private final Path deploymentsDir;
    private final KeyPasswords passwords;

    private KafkaTls(Path dir, Path deploymentsDir, KeyPasswords passwords) {
        this.dir = dir;
        this.deploymentsDir = deploymentsDir;
        this.passwords = passwords;
    }

    /**
     * Opens {@code dir} and the deployments' directories under {@code deploymentsDir}, issuing what is missing
     * (first run, or a principal added since).
     */
    static KafkaTls prepare(DevCertificateAuthority ca, Path dir, Path deploymentsDir, KeyPasswords passwords) {
        try {
            Files.createDirectories(dir);
            Path caFile = dir.resolve(CA_FILE);
            if (!Files.exists(caFile)) {
                Files.writeString(caFile, pem(ca.root(SignatureAlgorithm.RSA_SHA256)), StandardCharsets.US_ASCII);
            }
            KafkaTls tls = new KafkaTls(dir, deploymentsDir, passwords);
            tls.issueIfMissing(ca, BROKER, TlsProfile.SERVER, SERVER_DNS_NAMES, SERVER_IP_ADDRESSES);
            tls.issueIfMissing(ca, OPERATOR, TlsProfile.CLIENT, List.of(), List.of());
            for (Deployment d : Deployment.values()) {
                Files.deleteIfExists(dir.resolve(d.id() + ".p12")); // where it was before deployments had directories
                StackPki.createPrivateDirectory(tls.keyStore(d.id()).getParent().resolve("keys"));
                tls.issueIfMissing(ca, d.id(), TlsProfile.CLIENT, List.of(), List.of());
            }
            return tls;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void issueIfMissing(DevCertificateAuthority ca, String principal, TlsProfile profile, List<String> dns,
            List<String> ips) throws IOException {
        Path file = keyStore(principal);
        if (!Files.exists(file)) {
            ca.issueTls(principal, UNIT, ORGANISATION, profile, dns, ips)
                    .writeTlsKeyStore(file, passwords.of(principal).toCharArray());
        }
        StackPki.restrict(file);
    }

    /** An existing layout (a tool's or a process's view of the stack's PKI), opened with the passwords it is given. */
    public static KafkaTls open(Path dir, Path deploymentsDir, KeyPasswords passwords) {
        return new KafkaTls(dir, deploymentsDir, passwords);
    }

    /** The operators' or the broker's view: {@code dir} and {@code principal}'s password only. */
    public static KafkaTls open(Path dir, String principal, String password) {
        return new KafkaTls(dir, dir.resolveSibling(StackPki.DEPLOYMENTS_DIR), new KeyPasswords() {
            @Override
            public char[] ca() {
                throw new IllegalStateException("no НУЦ password here");
            }

            @Override
            public String of(String owner) {
                if (!owner.equals(principal)) {
                    throw new IllegalStateException("only " + principal + "'s password is given here, not " + owner
                            + "'s");
                }
                return password;
            }
        });
    }

    public Path directory() {
        return dir;
    }

    public Path trustStore() {
        return dir.resolve(CA_FILE);
    }

    /** A deployment's key store is in its own directory; the broker's and the operators' in {@code dir}. */
    public Path keyStore(String principal) {
        for (Deployment d : Deployment.values()) {
            if (d.id().equals(principal)) {
                return deploymentsDir.resolve(principal).resolve(DEPLOYMENT_KEY_STORE);
            }
        }
        return dir.resolve(principal + ".p12");
    }

    /** A client's security configuration as {@code principal} (a deployment's id or {@link #OPERATOR}). */
    public Map<String, Object> clientSecurity(String principal) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("security.protocol", "SSL");
        stores(principal, p::put);
        return p;
    }

    /**
     * The broker's side: TLS with client authentication required on every listener, principals by
     * {@link #PRINCIPAL_MAPPING_RULES}, KRaft's StandardAuthorizer, nothing allowed without an ACL, topics only made
     * on purpose.
     */
    public Properties brokerSecurity() {
        Properties p = new Properties();
        stores(BROKER, p::put);
        p.put("ssl.client.auth", "required");
        p.put("ssl.principal.mapping.rules", PRINCIPAL_MAPPING_RULES);
        p.put("authorizer.class.name", AUTHORIZER);
        p.put("allow.everyone.if.no.acl.found", "false");
        p.put("super.users", SUPER_USERS);
        p.put("auto.create.topics.enable", "false");
        return p;
    }

    /** {@code principal}'s key store and the trust anchor, as a Kafka client or broker is told them. */
    private void stores(String principal, java.util.function.BiConsumer<String, String> put) {
        put.accept("ssl.keystore.type", "PKCS12");
        String password = passwords.of(principal);
        put.accept("ssl.keystore.location", keyStore(principal).toString());
        put.accept("ssl.keystore.password", password);
        put.accept("ssl.key.password", password);
        put.accept("ssl.truststore.type", "PEM");
        put.accept("ssl.truststore.location", trustStore().toString());
    }

    private static String pem(X509Certificate c) {
        try {
            return "-----BEGIN CERTIFICATE-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(c.getEncoded())
                    + "\n-----END CERTIFICATE-----\n";
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
