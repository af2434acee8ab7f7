package kz.egov.cli;

import kz.egov.cli.evidence.EvidenceCommand;
import kz.egov.cli.pki.CaCommand;
import kz.egov.cli.pki.SignCommand;
import kz.egov.cli.pki.VerifyCommand;
import kz.egov.cli.stack.DownCommand;
import kz.egov.cli.stack.StatusCommand;
import kz.egov.cli.stack.UpCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code egov} command, the user's entry point ({@code ./egov} at the repository root). */
@Command(name = "egov", mixinStandardHelpOptions = true, version = "egov 0.1.0-SNAPSHOT",
        description = "Kazakhstan e-government integration backbone: local stack, development PKI and tools.",
        subcommands = {
            // local stack (kz.egov.cli.stack)
            UpCommand.class,
            DownCommand.class,
            StatusCommand.class,
            // development PKI (kz.egov.cli.pki)
            CaCommand.class,
            SignCommand.class,
            VerifyCommand.class,
            // the gateway's evidence chain (kz.egov.cli.evidence)
            EvidenceCommand.class,
            kz.egov.cli.agent.AgentCommand.class,
            kz.egov.cli.demo.DemoCommand.class,
            kz.egov.cli.chaos.ChaosCommand.class,
            kz.egov.cli.kafka.KafkaCommand.class,
            kz.egov.cli.bench.BenchCommand.class,
            CommandLine.HelpCommand.class
        })
public final class EgovCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new EgovCommand());
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
            // an operator's error (wrong key password, unreadable file): one line, not a stack trace
            StringBuilder msg = new StringBuilder(String.valueOf(e.getMessage()));
            for (Throwable c = e.getCause(); c != null && c != c.getCause(); c = c.getCause()) {
                if (c.getMessage() != null && !msg.toString().contains(c.getMessage())) {
                    msg.append(": ").append(c.getMessage());
                }
            }
            cmd.getErr().println(cmd.getCommandSpec().qualifiedName() + ": " + msg);
            if (System.getenv("EGOV_DEBUG") != null) {
                e.printStackTrace(cmd.getErr());
            }
            return 1;
        });
        return cli;
    }

    public static void main(String[] args) {
        QuietLogging.apply();
        System.exit(commandLine().execute(args));
    }
}
