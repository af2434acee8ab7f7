package kz.egov.cli.pki;

import java.math.BigInteger;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import kz.egov.cli.RepoRoot;
import kz.egov.cli.stack.StackLayout;
import kz.egov.testinfra.StackPki;
import kz.egov.eds.algorithm.SignatureAlgorithm;
import kz.egov.eds.devca.DevCertificateAuthority;
import kz.egov.eds.devca.DevNucServer;
import kz.egov.eds.devca.DevSubject;
import kz.egov.eds.devca.IssueOptions;
import kz.egov.eds.devca.IssuedCertificate;
import kz.egov.eds.identity.SubjectReader;
import kz.egov.eds.pki.CertificateProfileKind;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code egov ca}: the development ИС НУЦ. Creates the RSA and GOST hierarchies, issues citizen, officer, operator and
 * system certificates as PKCS#12 files, revokes, publishes CRLs, and serves OCSP and the CRLs over HTTP. By default
 * it works on the local stack's CA, {@code <data dir>/pki/ca} (the one {@code egov up} creates and serves on 8090).
 */
@Command(name = "ca", mixinStandardHelpOptions = true,
        description = {"Development certificate authority (НУЦ stand-in): init, issue, revoke, crl, ocsp-serve, "
                + "stack-init.",
            "Works on the local stack's CA (<data-dir>/pki/ca, default .egov/pki/ca) unless --ca-dir is given."},
        subcommands = {CaCommand.Init.class, CaCommand.Issue.class, CaCommand.Revoke.class, CaCommand.Crl.class,
                CaCommand.OcspServe.class, CaCommand.StackInit.class, CommandLine.HelpCommand.class})
public final class CaCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    /** {@code --ca-dir}, default the local stack's CA: {@code <data dir>/pki/ca}. */
    public static final class CaDir {
        @Option(names = "--ca-dir", paramLabel = "DIR",
                description = "CA directory (default: <data-dir>/pki/ca, the local stack's НУЦ)")
        Path dir;

        @Option(names = "--data-dir", paramLabel = "DIR",
                description = "the local stack's data directory (default: <repo>/.egov)")
        Path dataDir;

        Path directory() {
            if (dir != null) {
                return dir.toAbsolutePath().normalize();
            }
            StackLayout layout = StackLayout.of(RepoRoot.locate());
            return (dataDir == null ? layout : layout.withDataDir(dataDir)).caDir();
        }

        /**
         * The НУЦ, its keys under {@code $EGOV_CA_PASSWORD}, else the local stack's ({@code secrets.properties} of
         * its data directory), else (a directory of its own, given by --ca-dir) the development default.
         */
        DevCertificateAuthority open() {
            return DevCertificateAuthority.openOrCreate(directory(), java.time.Clock.systemUTC(),
                    DevCertificateAuthority.ALGORITHMS, password());
        }

        private char[] password() {
            String env = System.getenv(kz.egov.cli.stack.StackSecrets.CA_PASSWORD);
            if (env != null && !env.isBlank()) {
                return env.toCharArray();
            }
            if (dir == null) {
                StackLayout layout = StackLayout.of(RepoRoot.locate());
                layout = dataDir == null ? layout : layout.withDataDir(dataDir);
                java.util.Optional<kz.egov.cli.stack.StackSecrets> secrets =
                        kz.egov.cli.stack.StackSecrets.load(layout.secretsFile());
                if (secrets.isPresent()) {
                    return secrets.get().ca();
                }
            }
            return DevCertificateAuthority.CA_KEY_PASSWORD.clone();
        }
    }

    @Command(name = "init", mixinStandardHelpOptions = true,
            description = "Create the RSA and GOST roots and intermediates (if missing) and print where they are.")
    static final class Init implements Callable<Integer> {
        @Mixin
        CaDir ca;

        @Override
        public Integer call() {
            DevCertificateAuthority authority = ca.open();
            for (SignatureAlgorithm alg : authority.algorithms()) {
                System.out.printf("%s root %s%n    intermediate %s%n    CRL %s%n", alg,
                        authority.certificateFile(alg, true), authority.certificateFile(alg, false),
                        authority.crlFile(alg));
            }
            return 0;
        }
    }

    /** Options every issued certificate takes. */
    static final class IssueOptionsMixin {
        @CommandLine.Spec(CommandLine.Spec.Target.MIXEE)
        CommandLine.Model.CommandSpec mixee;

        @Option(names = "--alg", defaultValue = "rsa", description = "rsa, gost (Kazakh GOST 34.10-2015, 512-bit, "
                + "as НУЦ РК issues) or gost2012 (TC26 GOST 2012-256, only a CA made with it) "
                + "(default: ${DEFAULT-VALUE})")
        String alg;

        @Option(names = "--profile", paramLabel = "PROFILE",
                description = "НУЦ profile: ${COMPLETION-CANDIDATES} (default: citizen INDIVIDUAL_SIGNING, officer and "
                        + "operator LEGAL_ENTITY_EMPLOYEE_SIGNING, system SYSTEM)")
        CertificateProfileKind profile;

        @Option(names = "--out", required = true, description = "PKCS#12 file to write")
        Path out;

        @Option(names = "--password", paramLabel = "PASSWORD",
                description = "PKCS#12 password (default: $EGOV_KEY_PASSWORD, else asked on the terminal)")
        String password;

        @Option(names = "--days", defaultValue = "365", description = "validity in days from now (default: ${DEFAULT-VALUE})")
        long days;

        @Option(names = "--not-before", description = "ISO instant; overrides the start of validity")
        Instant notBefore;

        @Option(names = "--not-after", description = "ISO instant; overrides the end of validity")
        Instant notAfter;

        SignatureAlgorithm algorithm() {
            return switch (alg.toLowerCase()) {
                case "rsa" -> SignatureAlgorithm.RSA_SHA256;
                case "gost", "gost2015" -> SignatureAlgorithm.GOST2015_512;
                case "gost2012" -> SignatureAlgorithm.GOST2012_256;
                default -> throw new CommandLine.ParameterException(mixee.commandLine(),
                        "--alg must be rsa, gost or gost2012");
            };
        }

        IssueOptions options() {
            Instant nb = notBefore != null ? notBefore : Instant.now().minus(Duration.ofHours(1));
            Instant na = notAfter != null ? notAfter : Instant.now().plus(Duration.ofDays(days));
            return IssueOptions.validity(nb, na).withProfile(profile);
        }

        int write(DevCertificateAuthority authority, DevSubject subject) {
            SignatureAlgorithm alg = algorithm();
            char[] pw = Passwords.resolve(password, "password for " + out.getFileName(), true, mixee.commandLine());
            IssuedCertificate issued = authority.issue(subject, alg, options());
            issued.writePkcs12(out, pw);
            java.util.Arrays.fill(pw, '\0');
            System.out.printf("serial %s%nsubject %s%nprofile %s%nvalid %s .. %s%nwritten %s%n",
                    issued.serial().toString(16), readableSubject(issued),
                    CertificateProfileKind.of(issued.certificate()).map(CertificateProfileKind::label).orElse("?"),
                    issued.certificate().getNotBefore().toInstant(), issued.certificate().getNotAfter().toInstant(),
                    out.toAbsolutePath());
            return 0;
        }

        /** The subject in readable form, the IIN masked (no raw IIN on consoles or in logs). */
        private static String readableSubject(IssuedCertificate issued) {
            return SubjectReader.readableMasked(issued.certificate());
        }
    }

    /** Person name options. */
    static final class PersonOptions {
        @Option(names = "--iin", required = true, description = "12-digit IIN")
        String iin;

        @Option(names = "--surname", required = true)
        String surname;

        @Option(names = "--name", required = true)
        String name;

        @Option(names = "--patronymic", defaultValue = "")
        String patronymic;
    }

    /** Organisation options. */
    static final class OrganisationOptions {
        @Option(names = "--org", required = true, description = "organisation name (O)")
        String organisation;

        @Option(names = "--bin", required = true, description = "12-digit BIN (written as OU=BIN...)")
        String bin;
    }

    @Command(name = "issue", mixinStandardHelpOptions = true, description = "Issue a certificate as a PKCS#12 file.",
            subcommands = {IssueCitizen.class, IssueOfficer.class, IssueOperator.class, IssueSystem.class})
    static final class Issue implements Runnable {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public void run() {
            spec.commandLine().usage(System.out);
        }
    }

    @Command(name = "citizen", mixinStandardHelpOptions = true,
            description = "A citizen's certificate (default: an individual's signing certificate).")
    static final class IssueCitizen implements Callable<Integer> {
        @Mixin
        CaDir ca;
        @Mixin
        PersonOptions person;
        @Mixin
        IssueOptionsMixin issue;

        @Override
        public Integer call() {
            return issue.write(ca.open(), DevSubject.citizen(person.iin, person.surname, person.name, person.patronymic));
        }
    }

    @Command(name = "officer", mixinStandardHelpOptions = true, description = "A provider officer's certificate.")
    static final class IssueOfficer implements Callable<Integer> {
        @Mixin
        CaDir ca;
        @Mixin
        PersonOptions person;
        @Mixin
        OrganisationOptions org;
        @Mixin
        IssueOptionsMixin issue;

        @Override
        public Integer call() {
            return issue.write(ca.open(), DevSubject.officer(person.iin, person.surname, person.name,
                    person.patronymic, org.organisation, org.bin));
        }
    }

    @Command(name = "operator", mixinStandardHelpOptions = true, description = "A State Corporation operator's certificate.")
    static final class IssueOperator implements Callable<Integer> {
        @Mixin
        CaDir ca;
        @Mixin
        PersonOptions person;
        @Mixin
        OrganisationOptions org;
        @Mixin
        IssueOptionsMixin issue;

        @Override
        public Integer call() {
            return issue.write(ca.open(), DevSubject.operator(person.iin, person.surname, person.name,
                    person.patronymic, org.organisation, org.bin));
        }
    }

    @Command(name = "system", mixinStandardHelpOptions = true, description = "A participant system's seal certificate.")
    static final class IssueSystem implements Callable<Integer> {
        @Mixin
        CaDir ca;
        @Mixin
        OrganisationOptions org;
        @Mixin
        IssueOptionsMixin issue;

        @Option(names = "--participant", required = true, description = "participant id (CN)")
        String participant;

        @Override
        public Integer call() {
            return issue.write(ca.open(), DevSubject.system(participant, org.organisation, org.bin));
        }
    }

    @Command(name = "revoke", mixinStandardHelpOptions = true,
            description = "Revoke by serial (hex). OCSP sees it at once; the CRL after `ca crl` or --publish.")
    static final class Revoke implements Callable<Integer> {
        @Mixin
        CaDir ca;

        @Option(names = "--serial", required = true, description = "certificate serial number, hex")
        String serial;

        @Option(names = "--publish", description = "also publish fresh CRLs now")
        boolean publish;

        @Override
        public Integer call() {
            DevCertificateAuthority authority = ca.open();
            if (!authority.revoke(new BigInteger(serial, 16))) {
                System.err.println("unknown serial " + serial);
                return 1;
            }
            if (publish) {
                authority.publishCrls();
            }
            System.out.println("revoked " + serial + (publish ? " (CRLs published)" : " (OCSP only until `ca crl`)"));
            return 0;
        }
    }

    @Command(name = "crl", mixinStandardHelpOptions = true, description = "Publish fresh CRLs (DER) of both intermediates.")
    static final class Crl implements Callable<Integer> {
        @Mixin
        CaDir ca;

        @Override
        public Integer call() {
            DevCertificateAuthority authority = ca.open();
            authority.publishCrls();
            for (SignatureAlgorithm alg : authority.algorithms()) {
                System.out.println(authority.crlFile(alg));
            }
            return 0;
        }
    }

    @Command(name = "stack-init", mixinStandardHelpOptions = true,
            description = {"Create a stack's PKI (what egov up does on its first run): the НУЦ in <pki-dir>/ca, what it "
                    + "publishes in <pki-dir>/ca/trust, each deployment's system keys and broker certificate in "
                    + "<pki-dir>/deployments/<service>; existing files are kept.",
                "The passwords are the stack's secrets: from the environment (every EGOV_*_PASSWORD of "
                    + "secrets.properties, as docker compose gives them), else <data-dir>/secrets.properties.",
                "Used by docker-compose.yml's one-shot pki service."})
    static final class StackInit implements Callable<Integer> {
        @Option(names = "--pki-dir", paramLabel = "DIR", description = "default: <data-dir>/pki")
        Path pkiDir;

        @Option(names = "--data-dir", paramLabel = "DIR", description = "default: <repo>/.egov")
        Path dataDir;

        private kz.egov.cli.stack.StackSecrets secrets(Path dir) {
            java.util.Optional<kz.egov.cli.stack.StackSecrets> fromEnvironment =
                    kz.egov.cli.stack.StackSecrets.fromEnvironment(System::getenv);
            if (fromEnvironment.isPresent()) {
                return fromEnvironment.get();
            }
            StackLayout layout = StackLayout.of(RepoRoot.locate());
            return kz.egov.cli.stack.StackSecrets.loadOrCreate(
                    (dataDir == null ? layout : layout.withDataDir(dataDir)).secretsFile());
        }

        @Override
        public Integer call() {
            Path dir = pkiDir;
            if (dir == null) {
                StackLayout layout = StackLayout.of(RepoRoot.locate());
                dir = (dataDir == null ? layout : layout.withDataDir(dataDir)).pkiDir();
            }
            StackPki pki = StackPki.prepare(dir.toAbsolutePath().normalize(), secrets(dir));
            System.out.println("НУЦ " + pki.ca().directory() + System.lineSeparator() + "trust " + pki.trustDir()
                    + System.lineSeparator() + "deployments " + pki.deploymentDir(
                            kz.egov.contract.topic.Deployment.PORTAL_ADAPTER).getParent());
            return 0;
        }
    }

    @Command(name = "ocsp-serve", mixinStandardHelpOptions = true,
            description = "Serve OCSP (POST /ocsp) and the CRLs (GET /crl/rsa.crl, /crl/gost.crl) until stopped.")
    static final class OcspServe implements Callable<Integer> {
        @Mixin
        CaDir ca;

        @Option(names = "--port", defaultValue = "8090", description = "port (default: ${DEFAULT-VALUE})")
        int port;

        @Option(names = "--host", defaultValue = "127.0.0.1", description = "bind address (default: ${DEFAULT-VALUE})")
        String host;

        @Override
        public Integer call() throws Exception {
            DevNucServer server = DevNucServer.start(ca.open(), host, port);
            System.out.println("development НУЦ: OCSP " + server.ocspUrl() + ", CRLs "
                    + server.crlUrl(SignatureAlgorithm.RSA_SHA256) + " "
                    + server.crlUrl(SignatureAlgorithm.GOST2015_512));
            CountDownLatch stopped = new CountDownLatch(1);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                server.close();
                stopped.countDown();
            }));
            stopped.await();
            return 0;
        }
    }
}
