package kz.egov.cli.stack;

import java.nio.file.Path;

/**
 * Where the local stack keeps everything. The data directory (default {@code <repo>/.egov}) survives restarts:
 * {@code postgres/} (the cluster, with its {@code postmaster.pid}), {@code kafka/} (the broker's log directory),
 * {@code logs/} (one log per process), {@code run/} (pid files and the effective configuration), {@code pki/} (the
 * development НУЦ in {@code pki/ca}, the participants' system keys in {@code pki/keys}) and {@code secrets.properties}
 * (generated passwords, mode 600).
 */
public record StackLayout(Path repoRoot, Path dataDir) {

    public StackLayout {
        repoRoot = repoRoot.toAbsolutePath().normalize();
        dataDir = dataDir.toAbsolutePath().normalize();
    }

    public static StackLayout of(Path repoRoot) {
        return new StackLayout(repoRoot, repoRoot.resolve(".egov"));
    }

    public StackLayout withDataDir(Path dir) {
        return new StackLayout(repoRoot, dir);
    }

    public Path postgresDir() {
        return dataDir.resolve("postgres");
    }

    public Path postmasterPidFile() {
        return postgresDir().resolve("postmaster.pid");
    }

    public Path kafkaDir() {
        return dataDir.resolve("kafka");
    }

    public Path logsDir() {
        return dataDir.resolve("logs");
    }

    public Path runDir() {
        return dataDir.resolve("run");
    }

    /**
     * The stack's PKI ({@code StackPki}): {@code ca/} (the development НУЦ and its keys), {@code ca/trust/} (what it
     * publishes: the services' trust directory), {@code deployments/<service>/} (that service's system keys and broker
     * certificate) and {@code kafka/} (the broker's TLS certificates and the operators').
     */
    public Path pkiDir() {
        return dataDir.resolve("pki");
    }

    public Path caDir() {
        return pkiDir().resolve("ca");
    }

    /** What the НУЦ publishes (certificates, CRLs, the participants' pins): every service's trust directory. */
    public Path trustDir() {
        return caDir().resolve(kz.egov.eds.devca.DevCertificateAuthority.TRUST_DIR);
    }

    /** A deployment's own directory: its system keys ({@code keys/}) and its broker certificate ({@code kafka.p12}). */
    public Path deploymentDir(String service) {
        return pkiDir().resolve(kz.egov.testinfra.StackPki.DEPLOYMENTS_DIR).resolve(service);
    }

    public Path deploymentKeysDir(String service) {
        return deploymentDir(service).resolve("keys");
    }

    public Path deploymentKafkaKeyStore(String service) {
        return deploymentDir(service).resolve(kz.egov.testinfra.KafkaTls.DEPLOYMENT_KEY_STORE);
    }

    /** Where every system key was, under one password, before each deployment had its own directory. */
    public Path sharedKeysDir() {
        return pkiDir().resolve("keys");
    }

    /** The broker's TLS material: its server certificate, each deployment's client certificate, the trust anchor. */
    public Path kafkaPkiDir() {
        return pkiDir().resolve(kz.egov.testinfra.StackPki.KAFKA_DIR);
    }

    /** Generated once: the key password and the platform operator's admin password ({@link StackSecrets}). */
    public Path secretsFile() {
        return dataDir.resolve("secrets.properties");
    }

    public Path logFile(String component) {
        return logsDir().resolve(component + ".log");
    }

    public Path pidFile(String component) {
        return runDir().resolve(component + ".pid");
    }

    /** The effective configuration of the running stack, read by {@code status} and {@code down}. */
    public Path runConfigFile() {
        return runDir().resolve("stack.properties");
    }

    public Path serviceJar(ServiceDefinition service) {
        return repoRoot.resolve(service.module()).resolve("target/quarkus-app/quarkus-run.jar");
    }

    public Path cliJar() {
        return repoRoot.resolve("egov-cli/target/egov-cli.jar");
    }

    public Path cliLibDir() {
        return repoRoot.resolve("egov-cli/target/lib");
    }

    /** A path for display: relative to the current directory when it lies below it. */
    public static String display(Path p) {
        Path cwd = Path.of("").toAbsolutePath();
        return p.startsWith(cwd) && !p.equals(cwd) ? cwd.relativize(p).toString() : p.toString();
    }
}
