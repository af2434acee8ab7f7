package kz.egov.cli.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import kz.egov.cli.EgovCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StackCommandsTest {

    @TempDir
    Path dir;

    @Test
    void statusOfAStoppedStackExitsWithThree() {
        assertThat(EgovCommand.commandLine().execute("status", "--data-dir", dir.toString())).isEqualTo(3);
    }

    @Test
    void downWithNothingRunningSucceeds() {
        assertThat(EgovCommand.commandLine().execute("down", "--data-dir", dir.toString())).isZero();
    }

    @Test
    void tablesAlignTheirColumns() {
        var bytes = new java.io.ByteArrayOutputStream();
        new TextTable().row("A", "bb", "c").row("aaa", "b", "c").print(new java.io.PrintStream(bytes, true));
        assertThat(bytes.toString().lines()).containsExactly("A    bb  c", "aaa  b   c");
    }
}
