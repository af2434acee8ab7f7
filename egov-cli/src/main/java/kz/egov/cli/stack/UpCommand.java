package kz.egov.cli.stack;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code egov up}: the whole system on this machine, without Docker. */
@Command(name = "up", mixinStandardHelpOptions = true,
        description = {"Start PostgreSQL, the development НУЦ (OCSP + CRLs), a Kafka broker and the five services on "
                + "this machine (no Docker), wait until every service is ready and print their addresses.",
            "The first run creates the PKI (<data-dir>/pki) and the passwords (<data-dir>/secrets.properties, mode 600).",
            "Runs in the foreground until Ctrl-C unless --detach is given; ./egov down stops it from anywhere."})
public final class UpCommand implements Callable<Integer> {

    @Mixin
    DataDirOption dataDir = new DataDirOption();

    @Option(names = "--reset",
            description = "Wipe the data directory first (all databases, topics, logs, the PKI and the secrets).")
    boolean reset;

    @Option(names = {"-d", "--detach"}, description = "Return once the stack is ready and leave it running.")
    boolean detach;

    @Option(names = "--timeout", paramLabel = "SECONDS",
            description = "How long to wait for every service to be ready (default: 120).")
    Integer timeoutSeconds;

    @Option(names = "--config", paramLabel = "FILE",
            description = "A properties file with postgres.port, kafka.port, kafka.controller-port, kafka.partitions, "
                    + "nuc.port, <service>.port, <service>.management-port, ready-timeout, service.jvm-options, "
                    + "kafka.jvm-options.")
    Path configFile;

    @Option(names = "--postgres-port", paramLabel = "PORT", description = "PostgreSQL port (default: 55432).")
    Integer postgresPort;

    @Option(names = "--kafka-port", paramLabel = "PORT", description = "Kafka port (default: 59092).")
    Integer kafkaPort;

    @Option(names = "--kafka-controller-port", paramLabel = "PORT",
            description = "Kafka KRaft controller port (default: 59093).")
    Integer kafkaControllerPort;

    @Option(names = "--nuc-port", paramLabel = "PORT",
            description = "The development НУЦ's port, OCSP and CRLs (default: 8090).")
    Integer nucPort;

    @Option(names = "--port", paramLabel = "SERVICE=PORT",
            description = "A service's API port, e.g. --port gateway-router=18082 (defaults: 8081-8085).")
    Map<String, Integer> servicePorts = new LinkedHashMap<>();

    @Option(names = "--management-port", paramLabel = "SERVICE=PORT",
            description = "A service's management port, on loopback: health, metrics, OpenAPI and Swagger UI, "
                    + "e.g. --management-port gateway-router=19082 (defaults: 9081-9085).")
    Map<String, Integer> managementPorts = new LinkedHashMap<>();

    private final PrintStream out = System.out;

    @Override
    public Integer call() {
        StackLayout layout = dataDir.layout();
        try {
            if (reset) {
                LocalStack.reset(layout);
                out.println("Wiped " + StackLayout.display(layout.dataDir()));
            }
            RunningStack stack = LocalStack.prepare(config(layout), out);
            Thread hook = new Thread(stack::close, "egov-stack-stop");
            Runtime.getRuntime().addShutdownHook(hook);
            LocalStack.launch(stack);
            StackPrinter.printStarted(stack.config(), stack.startupTime(), out);
            if (detach) {
                Runtime.getRuntime().removeShutdownHook(hook);
                out.println("Running in the background. ./egov status shows it, ./egov down stops it.");
                return 0;
            }
            return foreground(stack);
        } catch (StackException e) {
            System.err.println("egov up: " + e.getMessage());
            return 1;
        }
    }

    /** Waits for Ctrl-C (the shutdown hook stops the stack) or for every process to end. */
    private int foreground(RunningStack stack) {
        Path pidFile = stack.config().layout().pidFile(StackProcesses.SUPERVISOR);
        PidFiles.write(pidFile, ProcessHandle.current().pid());
        out.println("Press Ctrl-C to stop (or run ./egov down from another terminal).");
        java.util.Set<String> reported = new java.util.HashSet<>();
        try {
            while (!stack.isClosed()) {
                for (ChildProcess p : stack.exited()) {
                    if (reported.add(p.name())) {
                        out.println(p.name() + " exited with " + p.process().exitValue() + ", see " + p.log());
                    }
                }
                if (reported.size() == stack.children().size()) {
                    out.println("Every process has ended.");
                    stack.close();
                    return 1;
                }
                Thread.sleep(1000);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            PidFiles.delete(pidFile);
        }
        return 0;
    }

    /** Defaults, then the --config file, then the options. */
    StackConfig config(StackLayout layout) {
        StackConfig config = StackConfig.defaults(layout);
        if (configFile != null) {
            config = config.with(load(configFile));
        }
        Properties p = new Properties();
        putIfSet(p, StackConfig.POSTGRES_PORT, postgresPort);
        putIfSet(p, StackConfig.KAFKA_PORT, kafkaPort);
        putIfSet(p, StackConfig.KAFKA_CONTROLLER_PORT, kafkaControllerPort);
        putIfSet(p, StackConfig.NUC_PORT, nucPort);
        putIfSet(p, StackConfig.READY_TIMEOUT, timeoutSeconds);
        putPorts(p, config, "--port", servicePorts, StackConfig.PORT_SUFFIX);
        putPorts(p, config, "--management-port", managementPorts, StackConfig.MANAGEMENT_PORT_SUFFIX);
        return config.with(p);
    }

    private static void putPorts(Properties p, StackConfig config, String option, Map<String, Integer> ports,
            String suffix) {
        for (Map.Entry<String, Integer> e : ports.entrySet()) {
            if (config.services().stream().noneMatch(s -> s.name().equals(e.getKey()))) {
                throw new StackException("unknown service " + e.getKey() + " in " + option + "; the services are "
                        + String.join(", ", config.services().stream().map(ServiceDefinition::name).toList()));
            }
            p.setProperty(e.getKey() + suffix, Integer.toString(e.getValue()));
        }
    }

    private static void putIfSet(Properties p, String key, Integer value) {
        if (value != null) {
            p.setProperty(key, Integer.toString(value));
        }
    }

    private static Properties load(Path file) {
        Properties p = new Properties();
        try (var r = Files.newBufferedReader(file)) {
            p.load(r);
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
