package kz.egov.cli.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class UpCommandTest {

    final StackLayout layout = StackLayout.of(Path.of("/repo"));

    UpCommand parse(String... args) {
        UpCommand up = new UpCommand();
        new CommandLine(up).parseArgs(args);
        return up;
    }

    @Test
    void noOptionsMeansForegroundWithDefaults() {
        UpCommand up = parse();
        assertThat(up.detach).isFalse();
        assertThat(up.reset).isFalse();
        assertThat(up.config(layout)).isEqualTo(StackConfig.defaults(layout));
        assertThat(up.dataDir.layout().dataDir().toString()).endsWith("/.egov");
    }

    @Test
    void optionsOverridePortsTimeoutAndDataDirectory() {
        UpCommand up = parse("--detach", "--reset", "--data-dir", "/tmp/stack", "--timeout", "45",
                "--postgres-port", "15432", "--kafka-port", "19092", "--kafka-controller-port", "19093",
                "--port", "gateway-router=18082", "--port", "portal-adapter=18081",
                "--management-port", "gateway-router=19082");
        assertThat(up.detach).isTrue();
        assertThat(up.reset).isTrue();
        assertThat(up.dataDir.layout().dataDir()).isEqualTo(Path.of("/tmp/stack"));
        StackConfig c = up.config(layout);
        assertThat(c.readyTimeout()).isEqualTo(Duration.ofSeconds(45));
        assertThat(c.postgresPort()).isEqualTo(15432);
        assertThat(c.kafkaPort()).isEqualTo(19092);
        assertThat(c.kafkaControllerPort()).isEqualTo(19093);
        assertThat(c.service("gateway-router").port()).isEqualTo(18082);
        assertThat(c.service("portal-adapter").port()).isEqualTo(18081);
        assertThat(c.service("mio-workstation").port()).isEqualTo(8083);
        assertThat(c.service("gateway-router").managementPort()).isEqualTo(19082);
        assertThat(c.service("portal-adapter").managementPort()).isEqualTo(9081);
    }

    @Test
    void optionsWinOverTheConfigFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("stack.properties");
        Files.writeString(file, "kafka.port=29092\npostgres.port=25432\nmio-workstation.port=18083\n"
                + "mio-workstation.management-port=19083\n");
        StackConfig c = parse("--config", file.toString(), "--kafka-port", "39092").config(layout);
        assertThat(c.kafkaPort()).isEqualTo(39092);
        assertThat(c.postgresPort()).isEqualTo(25432);
        assertThat(c.service("mio-workstation").port()).isEqualTo(18083);
        assertThat(c.service("mio-workstation").managementPort()).isEqualTo(19083);
    }

    @Test
    void anUnknownServiceIsRefused() {
        assertThatThrownBy(() -> parse("--port", "nope=1").config(layout))
                .isInstanceOf(StackException.class).hasMessageContaining("nope").hasMessageContaining("gateway-router");
        assertThatThrownBy(() -> parse("--management-port", "nope=1").config(layout))
                .isInstanceOf(StackException.class).hasMessageContaining("--management-port")
                .hasMessageContaining("nope");
    }
}
