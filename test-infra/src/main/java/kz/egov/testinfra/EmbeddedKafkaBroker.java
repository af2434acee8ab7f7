package kz.egov.testinfra;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;

/**
 * A real single-node KRaft Kafka broker (combined broker and controller) inside the test JVM, on TLS with client
 * certificates and ACLs as in every stack ({@link KraftProperties}, {@link KafkaSetup}). The broker version is
 * the Quarkus BOM's kafka-clients version (4.1.1), as it must be in-process.
 */
public final class EmbeddedKafkaBroker implements AutoCloseable {

    private final KafkaRaftServer server;
    private final Path dir;
    private final int port;

    private EmbeddedKafkaBroker(KafkaRaftServer server, Path dir, int port) {
        this.server = server;
        this.dir = dir;
        this.port = port;
    }

    /**
     * Formats a fresh log directory, starts the broker on free loopback ports on TLS with {@code tls}'s certificates,
     * and creates the topics and ACLs ({@link KafkaSetup}) as the operators' super-user.
     */
    public static EmbeddedKafkaBroker start(int partitions, KafkaTls tls) {
        try {
            Path dir = Files.createTempDirectory("kraft-");
            int port = FreePorts.next();
            Properties p = KraftProperties.singleNode(port, FreePorts.next(), dir.resolve("data"), partitions, tls);
            Path cfg = dir.resolve("server.properties");
            try (var w = Files.newBufferedWriter(cfg)) {
                p.store(w, "embedded kraft");
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            int rc = StorageTool.execute(new String[] {"format", "-t", Uuid.randomUuid().toString(), "-c", cfg.toString()},
                    new PrintStream(out, true, StandardCharsets.UTF_8));
            if (rc != 0) {
                throw new IllegalStateException("kafka storage format failed: " + out.toString(StandardCharsets.UTF_8));
            }
            KafkaRaftServer server = new KafkaRaftServer(KafkaConfig.fromProps(p, false), Time.SYSTEM);
            server.startup();
            EmbeddedKafkaBroker broker = new EmbeddedKafkaBroker(server, dir, port);
            KafkaSetup.apply(broker.bootstrapServers(), tls, partitions);
            return broker;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    @Override
    public void close() {
        server.shutdown();
        server.awaitShutdown();
        Directories.deleteQuietly(dir);
    }
}
