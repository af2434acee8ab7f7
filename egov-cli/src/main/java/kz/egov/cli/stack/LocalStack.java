package kz.egov.cli.stack;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * The whole system on this machine without Docker: PostgreSQL (zonky, in this JVM's control), a Kafka broker JVM and
 * the five service JVMs. Used by {@code egov up/down/status} and by end-to-end tests:
 *
 * <pre>
 * StackConfig config = StackConfig.defaults(StackLayout.of(repoRoot).withDataDir(tmp)).withFreePorts();
 * try (RunningStack stack = LocalStack.start(config, System.out)) {
 *     String portal = stack.baseUrl("portal-adapter");
 *     ...
 * }
 * </pre>
 */
public final class LocalStack {

    private LocalStack() {
    }

    /**
     * Builds what is missing, starts everything and waits until every service is ready. On failure everything
     * started so far is stopped again.
     *
     * @throws StackException if a stack already runs in this data directory, a port is taken, a process ends or
     *         the services are not ready within {@link StackConfig#readyTimeout()}
     */
    public static RunningStack start(StackConfig config, PrintStream out) {
        return launch(prepare(config, out));
    }

    /**
     * Checks that no stack runs in the data directory and the ports are free, builds what is missing and creates the
     * directories; starts nothing. The result can be closed (e.g. by a shutdown hook) at any time, even during
     * {@link #launch}.
     */
    public static RunningStack prepare(StackConfig config, PrintStream out) {
        StackLayout layout = config.layout();
        Map<String, ProcessHandle> running = StackProcesses.recorded(configOfRunningStack(config));
        if (!running.isEmpty()) {
            throw new StackException("a stack is already running in " + layout.dataDir() + " (" + describe(running)
                    + "); stop it with: egov down");
        }
        ServiceBuild.ensureBuilt(config, out);
        requireFreePorts(config);
        createDirectories(layout);
        writeRunConfig(config);
        return new RunningStack(config, out);
    }

    /** Starts a {@link #prepare prepared} stack and waits until every service is ready; on failure stops it. */
    public static RunningStack launch(RunningStack stack) {
        long t0 = System.nanoTime();
        StackConfig config = stack.config();
        PrintStream out = stack.out();
        try {
            stack.kafka(startBroker(config));
            stack.postgres(PostgresServer.start(config));
            for (ServiceDefinition s : config.services()) {
                stack.addService(startService(config, s));
            }
            StackReadiness.await(stack, out, t0);
            stack.startupTime(Duration.ofNanos(System.nanoTime() - t0));
            return stack;
        } catch (RuntimeException e) {
            stack.close();
            throw e;
        }
    }

    /** Stops the stack of this data directory from any process, and checks that nothing of it is left. */
    public static StopReport stop(StackLayout layout, PrintStream out) {
        return StackStopper.stop(configOfRunningStack(StackConfig.defaults(layout)), out);
    }

    /** Processes of this data directory's stack still alive (by process table scan), e.g. after {@link #stop}. */
    public static List<String> leftovers(StackLayout layout) {
        return StackProcesses.scan(layout).stream().map(h -> h.pid() + " " + h.info().commandLine().orElse("?"))
                .toList();
    }

    public static StackStatus status(StackLayout layout) {
        return StackStatus.of(configOfRunningStack(StackConfig.defaults(layout)));
    }

    /** Removes the data directory (all databases, topics, logs); refuses while the stack runs. */
    public static void reset(StackLayout layout) {
        Map<String, ProcessHandle> running = StackProcesses.recorded(configOfRunningStack(StackConfig.defaults(layout)));
        if (!running.isEmpty()) {
            throw new StackException("cannot reset while the stack is running (" + describe(running) + ")");
        }
        if (!Files.exists(layout.dataDir())) {
            return;
        }
        try (Stream<Path> s = Files.walk(layout.dataDir())) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot wipe " + layout.dataDir(), e);
        }
    }

    /** The configuration the running stack recorded in {@code run/stack.properties}, else {@code fallback}. */
    public static StackConfig configOfRunningStack(StackConfig fallback) {
        Path file = fallback.layout().runConfigFile();
        if (!Files.isRegularFile(file)) {
            return fallback;
        }
        Properties p = new Properties();
        try (var r = Files.newBufferedReader(file)) {
            p.load(r);
        } catch (IOException e) {
            return fallback;
        }
        return fallback.with(p);
    }

    static String describe(Map<String, ProcessHandle> processes) {
        List<String> parts = new ArrayList<>();
        processes.forEach((name, h) -> parts.add(name + " pid " + h.pid()));
        return String.join(", ", parts);
    }

    private static ChildProcess startBroker(StackConfig config) {
        StackLayout layout = config.layout();
        List<String> args = new ArrayList<>(config.kafkaJvmOptions());
        args.add(StackProcesses.marker(layout));
        args.addAll(List.of("-cp", brokerClasspath(layout), KafkaBrokerMain.class.getName(),
                Integer.toString(config.kafkaPort()), Integer.toString(config.kafkaControllerPort()),
                layout.kafkaDir().toString(), Integer.toString(config.kafkaPartitions())));
        return ChildProcess.startJava(StackProcesses.KAFKA, args, Map.of(), layout.dataDir(),
                layout.logFile(StackProcesses.KAFKA), layout.pidFile(StackProcesses.KAFKA));
    }

    private static ChildProcess startService(StackConfig config, ServiceDefinition service) {
        StackLayout layout = config.layout();
        List<String> args = new ArrayList<>(config.serviceJvmOptions());
        args.add(StackProcesses.marker(layout));
        args.addAll(List.of("-jar", layout.serviceJar(service).toString()));
        return ChildProcess.startJava(service.name(), args, ServiceEnvironment.of(config, service), layout.dataDir(),
                layout.logFile(service.name()), layout.pidFile(service.name()));
    }

    /** egov-cli's jar and lib/ when packaged, else this JVM's class path (e.g. a test run from the reactor). */
    static String brokerClasspath(StackLayout layout) {
        if (Files.isRegularFile(layout.cliJar()) && Files.isDirectory(layout.cliLibDir())) {
            return layout.cliJar() + java.io.File.pathSeparator + layout.cliLibDir().resolve("*");
        }
        return System.getProperty("java.class.path");
    }

    static void requireFreePorts(StackConfig config) {
        Map<Integer, String> ports = new LinkedHashMap<>();
        ports.put(config.postgresPort(), "PostgreSQL");
        ports.put(config.kafkaPort(), "Kafka");
        ports.put(config.kafkaControllerPort(), "Kafka controller");
        config.services().forEach(s -> ports.put(s.port(), s.name()));
        List<String> taken = new ArrayList<>();
        ports.forEach((port, owner) -> {
            try (ServerSocket s = new ServerSocket(port, 1, InetAddress.getByName(config.host()))) {
                s.setReuseAddress(true);
            } catch (IOException e) {
                taken.add(port + " (" + owner + ")");
            }
        });
        if (!taken.isEmpty()) {
            throw new StackException("ports in use: " + String.join(", ", taken)
                    + "; stop what uses them or choose other ports (egov up --help)");
        }
    }

    private static void createDirectories(StackLayout layout) {
        try {
            for (Path d : List.of(layout.dataDir(), layout.logsDir(), layout.runDir(), layout.kafkaDir(),
                    layout.postgresDir())) {
                Files.createDirectories(d);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeRunConfig(StackConfig config) {
        try (var w = Files.newBufferedWriter(config.layout().runConfigFile())) {
            config.toProperties().store(w, "effective configuration of the running egov stack");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
