package kz.egov.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class EgovCommandTest {

    @Test
    void stackSubcommandsAreRegistered() {
        CommandLine cli = EgovCommand.commandLine();
        assertThat(cli.getCommandName()).isEqualTo("egov");
        assertThat(cli.getSubcommands()).containsKeys("up", "down", "status", "ca", "sign", "evidence", "help");
    }

    @Test
    void helpListsTheSubcommands() {
        CommandLine cli = EgovCommand.commandLine();
        StringWriter out = new StringWriter();
        cli.setOut(new PrintWriter(out));
        assertThat(cli.execute("--help")).isZero();
        assertThat(out.toString()).contains("up", "down", "status");
    }

    @Test
    void anUnknownOptionIsAUsageError() {
        CommandLine cli = EgovCommand.commandLine();
        cli.setErr(new PrintWriter(new StringWriter()));
        assertThat(cli.execute("up", "--no-such-option")).isEqualTo(2);
    }
}
