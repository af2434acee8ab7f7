package kz.egov.cli.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the stack does around its processes, without starting PostgreSQL, Kafka or a service. */
class LocalStackTest {

    @TempDir
    Path dir;

    StackLayout layout() {
        return StackLayout.of(Path.of("..").toAbsolutePath()).withDataDir(dir.resolve("data"));
    }

    /** A stand-in process whose command line carries the stack's marker, recorded as the broker. */
    Process fakeBroker(StackLayout layout) throws IOException {
        Process p = new ProcessBuilder("sh", "-c", "sleep 60", StackProcesses.marker(layout)).start();
        PidFiles.write(layout.pidFile(StackProcesses.KAFKA), p.pid());
        return p;
    }

    @Test
    void aTakenPortIsReported() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Properties p = new Properties();
            p.setProperty("gateway-router.port", Integer.toString(taken.getLocalPort()));
            StackConfig c = StackConfig.defaults(layout()).withFreePorts().with(p);
            assertThatThrownBy(() -> LocalStack.requireFreePorts(c)).isInstanceOf(StackException.class)
                    .hasMessageContaining(taken.getLocalPort() + " (gateway-router)");
        }
    }

    @Test
    void aPortGivenTwiceIsReported() {
        StackConfig free = StackConfig.defaults(layout()).withFreePorts();
        Properties p = new Properties();
        p.setProperty("portal-adapter.management-port", Integer.toString(free.service("gateway-router").port()));
        StackConfig c = free.with(p);
        assertThatThrownBy(() -> LocalStack.requireFreePorts(c)).isInstanceOf(StackException.class)
                .hasMessageContaining("given twice").hasMessageContaining(free.service("gateway-router").port()
                        + " (portal-adapter management, gateway-router)");
    }

    @Test
    void aSecondStackIsRefusedAndDownStopsTheFirst() throws Exception {
        StackLayout layout = layout();
        Process broker = fakeBroker(layout);
        try {
            StackConfig c = StackConfig.defaults(layout).withFreePorts();
            assertThatThrownBy(() -> LocalStack.prepare(c, System.out)).isInstanceOf(StackException.class)
                    .hasMessageContaining("already running").hasMessageContaining("kafka pid " + broker.pid());
            assertThat(LocalStack.status(layout).components()).anyMatch(s -> s.name().equals("kafka") && s.running());
            assertThatThrownBy(() -> LocalStack.reset(layout)).isInstanceOf(StackException.class);

            ByteArrayOutputStream out = new ByteArrayOutputStream();
            StopReport report = LocalStack.stop(layout, new PrintStream(out, true, StandardCharsets.UTF_8));
            assertThat(report.stopped()).containsExactly("kafka");
            assertThat(report.clean()).isTrue();
            assertThat(broker.waitFor(5, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
            assertThat(LocalStack.leftovers(layout)).isEmpty();
            assertThat(layout.pidFile(StackProcesses.KAFKA)).doesNotExist();
        } finally {
            broker.destroyForcibly();
        }
    }

    @Test
    void aStalePidFileDoesNotCountAsRunning() {
        StackLayout layout = layout();
        PidFiles.write(layout.pidFile(StackProcesses.KAFKA), ProcessHandle.current().pid()); // alive, but not ours
        PidFiles.write(layout.pidFile("gateway-router"), 999_999_999L);
        StackStatus status = LocalStack.status(layout);
        assertThat(status.anyRunning()).isFalse();
        assertThat(status.components()).extracting(StackStatus.Component::state).containsOnly("stopped");
    }

    @Test
    void resetWipesTheDataDirectory() throws IOException {
        StackLayout layout = layout();
        Files.createDirectories(layout.postgresDir().resolve("base"));
        Files.createDirectories(layout.logsDir());
        Files.writeString(layout.logFile("x"), "log");
        LocalStack.reset(layout);
        assertThat(layout.dataDir()).doesNotExist();
        LocalStack.reset(layout); // nothing there: fine
    }

    @Test
    void theBrokerRunsFromThePackagedCliOrThisClasspath() {
        String cp = LocalStack.brokerClasspath(layout());
        assertThat(cp).satisfiesAnyOf(s -> assertThat(s).contains("egov-cli.jar"), s -> assertThat(s).isEqualTo(
                System.getProperty("java.class.path")));
    }

    @Test
    void theBuildGoesThroughTheMavenLockAndSkipsTheCli() {
        StackConfig c = StackConfig.defaults(layout());
        assertThat(ServiceBuild.command(c)).contains("./mvnw", "-DskipTests", "install", "-am")
                .contains("portal-adapter,gateway-router,mio-workstation,labour-market-registry,citizens-corp-adapter")
                .doesNotContain("egov-cli");
        if (Files.isExecutable(ServiceBuild.FLOCK)) {
            assertThat(ServiceBuild.command(c)).startsWith(ServiceBuild.FLOCK.toString(), "-w", "1800", ServiceBuild.LOCK);
        }
    }

    @Test
    void terminateEndsAProcess() throws IOException {
        Process p = new ProcessBuilder("sleep", "60").start();
        assertThat(Processes.terminate(p.toHandle(), Duration.ofSeconds(5))).isTrue();
        assertThat(p.isAlive()).isFalse();
    }
}
