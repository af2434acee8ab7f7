package kz.egov.cli.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class StackLayoutTest {

    @Test
    void everythingLivesUnderTheDataDirectory() {
        StackLayout l = StackLayout.of(Path.of("/repo"));
        assertThat(l.dataDir()).isEqualTo(Path.of("/repo/.egov"));
        assertThat(l.postgresDir()).isEqualTo(Path.of("/repo/.egov/postgres"));
        assertThat(l.postmasterPidFile()).isEqualTo(Path.of("/repo/.egov/postgres/postmaster.pid"));
        assertThat(l.kafkaDir()).isEqualTo(Path.of("/repo/.egov/kafka"));
        assertThat(l.logFile("gateway-router")).isEqualTo(Path.of("/repo/.egov/logs/gateway-router.log"));
        assertThat(l.pidFile("kafka")).isEqualTo(Path.of("/repo/.egov/run/kafka.pid"));
        assertThat(l.runConfigFile()).isEqualTo(Path.of("/repo/.egov/run/stack.properties"));
    }

    @Test
    void jarsAreInTheRepository() {
        StackLayout l = StackLayout.of(Path.of("/repo")).withDataDir(Path.of("/data"));
        assertThat(l.serviceJar(new ServiceDefinition("mio-workstation", 8083, 9083)))
                .isEqualTo(Path.of("/repo/mio-workstation/target/quarkus-app/quarkus-run.jar"));
        assertThat(l.cliJar()).isEqualTo(Path.of("/repo/egov-cli/target/egov-cli.jar"));
        assertThat(l.cliLibDir()).isEqualTo(Path.of("/repo/egov-cli/target/lib"));
        assertThat(l.logsDir()).isEqualTo(Path.of("/data/logs"));
    }

    @Test
    void aRelativeDataDirectoryIsMadeAbsolute() {
        StackLayout l = StackLayout.of(Path.of("/repo")).withDataDir(Path.of("x/../y"));
        assertThat(l.dataDir()).isAbsolute();
        assertThat(l.dataDir().toString()).endsWith("/y").doesNotContain("..");
    }
}
