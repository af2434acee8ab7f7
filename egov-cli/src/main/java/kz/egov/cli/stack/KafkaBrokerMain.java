package kz.egov.cli.stack;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import kz.egov.cli.QuietLogging;
import kz.egov.testinfra.KafkaTls;
import kz.egov.testinfra.KraftProperties;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;

/**
 * The local stack's Kafka broker as a JVM of its own: a single-node KRaft broker (combined broker and controller)
 * whose log directory survives restarts (formatted on the first run only). Stops cleanly on SIGTERM.
 *
 * On TLS with client authentication and ACLs ({@link KraftProperties}): its certificate and trust anchor from
 * {@code KAFKA_PKI_DIR} ({@link KafkaTls}), their password from {@code EGOV_KEY_PASSWORD}.
 *
 * <pre>java -cp "egov-cli.jar:lib/*" kz.egov.cli.stack.KafkaBrokerMain PORT CONTROLLER_PORT DIR PARTITIONS KAFKA_PKI_DIR</pre>
 */
public final class KafkaBrokerMain {

    private KafkaBrokerMain() {
    }

    public static void main(String[] args) throws Exception {
        QuietLogging.apply();
        String password = System.getenv(StackSecrets.KAFKA_KEY_PASSWORD);
        if (args.length != 5 || password == null) {
            System.err.println("usage: " + StackSecrets.KAFKA_KEY_PASSWORD + "=... KafkaBrokerMain <port> <controller-port> "
                    + "<dir> <partitions> <kafka-pki-dir>");
            System.exit(2);
        }
        int port = Integer.parseInt(args[0]);
        int controllerPort = Integer.parseInt(args[1]);
        Path dir = Path.of(args[2]).toAbsolutePath();
        int partitions = Integer.parseInt(args[3]);
        Path logDir = dir.resolve("data");
        KafkaTls tls = KafkaTls.open(Path.of(args[4]).toAbsolutePath(), KafkaTls.BROKER, password);
        Properties props = KraftProperties.singleNode(port, controllerPort, logDir, partitions, tls);
        Path cfg = dir.resolve("server.properties");
        Files.createDirectories(dir);
        Properties shown = new Properties();
        shown.putAll(props);
        shown.replaceAll((k, v) -> k.toString().endsWith(".password") ? "(from " + StackSecrets.KAFKA_KEY_PASSWORD + ")" : v);
        try (var w = Files.newBufferedWriter(cfg)) {
            shown.store(w, "egov local stack broker (the format tool's copy; passwords left out)");
        }
        if (!Files.exists(logDir.resolve("meta.properties"))) {
            format(cfg);
        }
        KafkaRaftServer server = new KafkaRaftServer(KafkaConfig.fromProps(props, false), Time.SYSTEM);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.shutdown();
            server.awaitShutdown();
            System.err.println("[egov] kafka broker stopped");
        }, "kafka-broker-stop"));
        server.startup();
        System.err.println("[egov] kafka broker started on TLS 127.0.0.1:" + port + ", data " + logDir);
        server.awaitShutdown();
    }

    private static void format(Path cfg) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int rc = StorageTool.execute(new String[] {"format", "-t", Uuid.randomUuid().toString(), "-c", cfg.toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8));
        System.err.println("[egov] kafka storage format: " + out.toString(StandardCharsets.UTF_8).trim());
        if (rc != 0) {
            throw new IllegalStateException("kafka storage format failed (" + rc + ")");
        }
    }
}
