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

import kz.egov.testinfra.KafkaSetup;
import kz.egov.testinfra.KafkaTls;
import kz.egov.testinfra.StackPki;

/**
 * The whole system on this machine without Docker: PostgreSQL (zonky, in this JVM's control), the development НУЦ
 * (OCSP + CRLs, a JVM of its own), a Kafka broker JVM and the five service JVMs. The PKI ({@code <data dir>/pki}) and
 * the secrets ({@code <data dir>/secrets.properties}) are created on the first run and reused. Used by {@code egov up/down/status} and by end-to-end tests:
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
     * Checks that no stack runs in the data directory and the ports are free, builds what is missing, creates the
     * directories, the secrets and the PKI (first run only); starts nothing. The result can be closed (e.g. by a shutdown hook) at any time, even during
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
        StackSecrets secrets = prepareSecretsAndPki(layout, out);
        writeRunConfig(config);
        return new RunningStack(config, secrets, out);
    }

    /** Starts a {@link #prepare prepared} stack and waits until every service is ready; on failure stops it. */
    public static RunningStack launch(RunningStack stack) {
        long t0 = System.nanoTime();
        StackConfig config = stack.config();
        PrintStream out = stack.out();
        try {
            stack.nuc(startNuc(config, stack.secrets()));
            stack.kafka(startBroker(config, stack.secrets()));
            stack.postgres(PostgresServer.start(config, stack.secrets()));
            awaitNuc(stack);
            setUpBroker(config, stack.secrets(), out);
            for (ServiceDefinition s : config.services()) {
                stack.addService(startService(config, stack.secrets(), s));
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

    /** Removes the data directory (all databases, topics, logs, the PKI and the secrets); refuses while the stack runs. */
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

    /**
     * {@code secrets.properties} (generated once, mode 600: a password per holder, {@link StackSecrets}) and
     * {@code pki/} ({@link StackPki}: the development НУЦ, and each deployment's own system keys and broker
     * certificate, issued once, reused; the CRLs are republished every time). Keys of the layout before each
     * deployment had its own directory are moved there, under their deployments' passwords.
     */
    static StackSecrets prepareSecretsAndPki(StackLayout layout, PrintStream out) {
        boolean freshSecrets = !Files.isRegularFile(layout.secretsFile());
        if (freshSecrets && (Files.isDirectory(layout.caDir())
                || Files.exists(layout.postgresDir().resolve("PG_VERSION")))) {
            throw new StackException(StackLayout.display(layout.secretsFile()) + " is gone but the stack's keys and "
                    + "databases are still there, under its passwords: run egov up --reset to start afresh");
        }
        StackSecrets secrets = StackSecrets.loadOrCreate(layout.secretsFile());
        if (freshSecrets) {
            out.println("Generated the stack's passwords in " + StackLayout.display(layout.secretsFile())
                    + " (mode 600, one per holder)");
        }
        moveSharedKeys(layout, secrets, out);
        boolean freshPki = !Files.isDirectory(layout.pkiDir().resolve(StackPki.DEPLOYMENTS_DIR));
        if (freshPki) {
            out.println("Creating the development НУЦ and the participants' system keys in "
                    + StackLayout.display(layout.pkiDir()) + " (first run only, about a minute on 2 cores)...");
        }
        long t0 = System.nanoTime();
        StackPki.prepare(layout.pkiDir(), secrets);
        if (freshPki) {
            out.printf("  PKI ready after %.1f s%n", (System.nanoTime() - t0) / 1e9);
        }
        return secrets;
    }

    /**
     * A stack of the shared layout ({@code pki/keys}, one key password): its system keys move into their deployments'
     * directories under their own passwords, the broker's certificates of the shared password are issued again, and
     * the shared password is forgotten.
     */
    private static void moveSharedKeys(StackLayout layout, StackSecrets secrets, PrintStream out) {
        if (!Files.isDirectory(layout.sharedKeysDir())) {
            return;
        }
        String shared = StackSecrets.sharedKeyPassword(layout.secretsFile()).orElseThrow(() -> new StackException(
                layout.sharedKeysDir() + " holds keys of an unknown password: run egov up --reset"));
        StackPki.moveSharedKeys(layout.pkiDir(), shared, secrets);
        try (Stream<Path> files = Files.list(layout.kafkaPkiDir())) {
            for (Path p : files.filter(p -> p.toString().endsWith(".p12")).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        StackSecrets.dropSharedKeyPassword(layout.secretsFile());
        out.println("Moved the system keys into each deployment's own directory under its own password ("
                + StackLayout.display(layout.pkiDir().resolve(StackPki.DEPLOYMENTS_DIR)) + "). The services' admin "
                + "accounts keep their shared password: egov up --reset gives each service its own.");
    }

    /** The development НУЦ: {@code egov ca ocsp-serve} on the stack's CA, in a JVM of its own. */
    private static ChildProcess startNuc(StackConfig config, StackSecrets secrets) {
        StackLayout layout = config.layout();
        List<String> args = new ArrayList<>(List.of("-Xmx96m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1"));
        args.add(StackProcesses.marker(layout));
        args.add("-D" + kz.egov.cli.RepoRoot.PROPERTY + "=" + layout.repoRoot());
        args.addAll(List.of("-cp", brokerClasspath(layout), "kz.egov.cli.EgovCommand", "ca", "ocsp-serve",
                "--ca-dir", layout.caDir().toString(), "--host", config.host(),
                "--port", Integer.toString(config.nucPort())));
        // the НУЦ's own key password, in its environment: the only process given it
        return ChildProcess.startJava(StackProcesses.NUC, args, Map.of(StackSecrets.CA_PASSWORD,
                new String(secrets.ca())), layout.dataDir(),
                layout.logFile(StackProcesses.NUC), layout.pidFile(StackProcesses.NUC));
    }

    /** Waits until the НУЦ serves its CRL (the services check certificates from their first request on). */
    private static void awaitNuc(RunningStack stack) {
        StackConfig config = stack.config();
        ChildProcess nuc = stack.nuc().orElseThrow();
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!HealthProbe.nucAnswers(config.nucUrl())) {
            if (!nuc.isAlive()) {
                throw new StackException("the development НУЦ exited with " + nuc.process().exitValue()
                        + "; last lines of " + nuc.log() + ":" + System.lineSeparator() + nuc.logTail(30));
            }
            if (System.nanoTime() > deadline) {
                throw new StackException("the development НУЦ does not answer on " + config.nucUrl() + " (see "
                        + nuc.log() + ")");
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new StackException("interrupted while waiting for the development НУЦ");
            }
        }
    }

    /**
     * The broker JVM, on TLS with the stack's broker certificate ({@code <pki>/kafka}); the key password goes in its
     * environment, not on its command line.
     */
    static ChildProcess startBroker(StackConfig config, StackSecrets secrets) {
        StackLayout layout = config.layout();
        List<String> args = new ArrayList<>(config.kafkaJvmOptions());
        args.add(StackProcesses.marker(layout));
        args.addAll(List.of("-cp", brokerClasspath(layout), KafkaBrokerMain.class.getName(),
                Integer.toString(config.kafkaPort()), Integer.toString(config.kafkaControllerPort()),
                layout.kafkaDir().toString(), Integer.toString(config.kafkaPartitions()),
                layout.kafkaPkiDir().toString()));
        return ChildProcess.startJava(StackProcesses.KAFKA, args, Map.of(StackSecrets.KAFKA_KEY_PASSWORD,
                secrets.get(StackSecrets.KAFKA_KEY_PASSWORD)), layout.dataDir(), layout.logFile(StackProcesses.KAFKA),
                layout.pidFile(StackProcesses.KAFKA));
    }

    /**
     * Creates the topics and the deployments' ACLs as the operators' super-user ({@link KafkaSetup}); the broker
     * creates no topic by itself and lets no one do anything without an ACL.
     */
    static void setUpBroker(StackConfig config, StackSecrets secrets, PrintStream out) {
        KafkaTls tls = KafkaTls.open(config.layout().kafkaPkiDir(), KafkaTls.OPERATOR,
                secrets.get(StackSecrets.OPERATOR_KEY_PASSWORD));
        KafkaSetup.Outcome done = KafkaSetup.apply(config.kafkaBootstrap(), tls, config.kafkaPartitions());
        if (!done.topicsCreated().isEmpty() || done.aclsAdded() > 0 || done.aclsRemoved() > 0) {
            out.printf("Kafka: %d topics created, %d ACLs added, %d removed%n", done.topicsCreated().size(),
                    done.aclsAdded(), done.aclsRemoved());
        }
    }

    static ChildProcess startService(StackConfig config, StackSecrets secrets, ServiceDefinition service) {
        StackLayout layout = config.layout();
        List<String> args = new ArrayList<>(config.serviceJvmOptions());
        args.add(StackProcesses.marker(layout));
        args.addAll(List.of("-jar", layout.serviceJar(service).toString()));
        return ChildProcess.startJava(service.name(), args, ServiceEnvironment.of(config, secrets, service),
                layout.dataDir(), layout.logFile(service.name()), layout.pidFile(service.name()));
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
        ports.put(config.nucPort(), "development НУЦ");
        List<String> twice = new ArrayList<>();
        for (ServiceDefinition s : config.services()) {
            for (Map.Entry<Integer, String> e : List.of(Map.entry(s.port(), s.name()),
                    Map.entry(s.managementPort(), s.name() + " management"))) {
                String before = ports.putIfAbsent(e.getKey(), e.getValue());
                if (before != null) {
                    twice.add(e.getKey() + " (" + before + ", " + e.getValue() + ")");
                }
            }
        }
        if (!twice.isEmpty()) {
            throw new StackException("ports given twice: " + String.join(", ", twice)
                    + "; choose other ports (egov up --help)");
        }
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
