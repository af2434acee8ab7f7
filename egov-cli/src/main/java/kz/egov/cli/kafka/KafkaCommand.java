package kz.egov.cli.kafka;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.Callable;

import kz.egov.cli.RepoRoot;
import kz.egov.cli.stack.StackLayout;
import kz.egov.testinfra.KafkaSetup;
import kz.egov.testinfra.KafkaTls;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The broker's topics and ACLs, as the operators' super-user (docs/operations.md, "Trust boundaries"). */
@Command(name = "kafka", mixinStandardHelpOptions = true,
        description = "The broker's topics and ACLs per deployment: setup (make them), acls (show the table).",
        subcommands = {KafkaCommand.Setup.class, KafkaCommand.Acls.class, CommandLine.HelpCommand.class})
public final class KafkaCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    @Command(name = "setup", mixinStandardHelpOptions = true,
            description = {"Create the system's topics and set each deployment's ACLs (and remove those of a "
                    + "deployment the table no longer holds), with the operators' certificate <pki-dir>/kafka/"
                    + KafkaTls.OPERATOR + ".p12. egov up does it on every start; docker-compose.yml's one-shot "
                    + "kafka-setup service runs it."})
    static final class Setup implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Option(names = "--bootstrap-server", required = true, paramLabel = "HOST:PORT",
                description = "the broker's TLS listener")
        String bootstrap;

        @Option(names = "--pki-dir", paramLabel = "DIR", description = "the stack's PKI (default: <repo>/.egov/pki)")
        Path pkiDir;

        @Option(names = "--partitions", defaultValue = "2", description = "partitions of a new topic (default: "
                + "${DEFAULT-VALUE})")
        int partitions;

        @Option(names = "--password", paramLabel = "PASSWORD",
                description = "the operators' broker key password (default: $EGOV_OPERATOR_KEY_PASSWORD, else the local "
                        + "stack's secrets.properties)")
        String password;

        private String operatorPassword() {
            if (password != null) {
                return password;
            }
            String env = System.getenv(kz.egov.cli.stack.StackSecrets.OPERATOR_KEY_PASSWORD);
            if (env != null && !env.isBlank()) {
                return env;
            }
            StackLayout layout = StackLayout.of(RepoRoot.locate());
            return kz.egov.cli.stack.StackSecrets.load(layout.secretsFile())
                    .map(s -> s.get(kz.egov.cli.stack.StackSecrets.OPERATOR_KEY_PASSWORD))
                    .orElseThrow(() -> new CommandLine.ParameterException(spec.commandLine(), "no operator key "
                            + "password: give --password or set "
                            + kz.egov.cli.stack.StackSecrets.OPERATOR_KEY_PASSWORD));
        }

        @Override
        public Integer call() {
            Path dir = pkiDir != null ? pkiDir : StackLayout.of(RepoRoot.locate()).pkiDir();
            KafkaTls tls = KafkaTls.open(dir.resolve(kz.egov.testinfra.StackPki.KAFKA_DIR).toAbsolutePath(),
                    KafkaTls.OPERATOR, operatorPassword());
            KafkaSetup.Outcome done = KafkaSetup.apply(bootstrap, tls, partitions);
            System.out.printf("topics created: %s; ACLs added: %d, removed: %d%n",
                    done.topicsCreated().isEmpty() ? "none" : String.join(", ", done.topicsCreated()),
                    done.aclsAdded(), done.aclsRemoved());
            return 0;
        }
    }

    @Command(name = "acls", mixinStandardHelpOptions = true,
            description = "Print the ACLs setup makes: principal, operation, resource (from the deployments' table).")
    static final class Acls implements Callable<Integer> {
        @Override
        public Integer call() {
            KafkaSetup.acls().stream()
                    .sorted(Comparator.comparing((org.apache.kafka.common.acl.AclBinding b) -> b.entry().principal())
                            .thenComparing(b -> b.pattern().resourceType().name())
                            .thenComparing(b -> b.pattern().name()))
                    .forEach(b -> System.out.printf("%-28s %-6s %-6s %s%n", b.entry().principal(),
                            b.entry().operation(), b.pattern().resourceType(), b.pattern().name()));
            System.out.println("super-users: " + KafkaTls.SUPER_USERS.replace(";", ", "));
            return 0;
        }
    }
}
