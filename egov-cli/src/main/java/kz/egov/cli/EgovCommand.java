package kz.egov.cli;

import kz.egov.cli.pki.CaCommand;
import kz.egov.cli.pki.SignCommand;
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
            // register further subcommands here: agent, evidence, demo, chaos, bench
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
        return new CommandLine(new EgovCommand());
    }

    public static void main(String[] args) {
        QuietLogging.apply();
        System.exit(commandLine().execute(args));
    }
}
