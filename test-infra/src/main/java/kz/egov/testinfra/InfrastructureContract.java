package kz.egov.testinfra;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.core.Response;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.restassured.RestAssured;
import kz.egov.contract.problem.Problem;
import kz.egov.contract.problem.ProblemMapper;
import kz.egov.contract.reason.ReasonCode;
import kz.egov.contract.topic.Topics;
import kz.egov.platform.messaging.DeadLetters;
import kz.egov.platform.messaging.Inbox;
import kz.egov.platform.messaging.Outbox;
import kz.egov.platform.persistence.AppendOnlyInserts;
import kz.egov.platform.persistence.NativeRows;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.resource.ResourceType;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * What every service must show about its infrastructure, inherited by each service's {@code InfrastructureTest}:
 * its Flyway-migrated tables on the real PostgreSQL are written and read, its outbox reaches the real Kafka broker,
 * what arrives on its inbound topic is consumed and kept (a message it cannot read becomes a dead letter with its
 * reason), and it answers health, metrics, OpenAPI and Swagger UI on its management port, none of them on its API
 * port.
 */
public abstract class InfrastructureContract {

    @Inject
    protected Outbox outbox;

    @Inject
    protected Inbox inbox;

    @Inject
    protected DeadLetters deadLetters;

    @Inject
    protected AppendOnlyInserts inserts;

    @Inject
    protected EntityManager em;

    @Inject
    protected MeterRegistry meters;

    @Inject
    protected DataSource dataSource;

    /**
     * The root of the service's management interface ({@code http://127.0.0.1:<free port>/q/}): health, metrics,
     * OpenAPI and Swagger UI, none of them on the API port.
     */
    @TestHTTPResource(value = "/", management = true)
    protected String management;

    /** The topic the service consumes. */
    protected abstract String inboundTopic();

    @Test
    void migratedTablesAreWrittenAndRead() {
        String id = UUID.randomUUID().toString();
        long before = QuarkusTransaction.requiringNew().call(() -> inbox.count());
        boolean first = QuarkusTransaction.requiringNew().call(() -> inbox.firstSeen(id, "probe"));
        boolean again = QuarkusTransaction.requiringNew().call(() -> inbox.firstSeen(id, "probe"));
        assertThat(first).isTrue();
        assertThat(again).as("a repeated message id is recognised").isFalse();
        assertThat(QuarkusTransaction.requiringNew().call(() -> inbox.contains(id))).isTrue();
        assertThat(QuarkusTransaction.requiringNew().call(() -> inbox.count())).isEqualTo(before + 1);
    }

    @Test
    void rowsOnlyAppendedAreWrittenAtOnceOrAtTheEndOfAnInboundBatch() {
        String atOnce = UUID.randomUUID().toString();
        String atTheEnd = UUID.randomUUID().toString();
        String insert = "INSERT INTO inbox_message (message_id, topic) VALUES (?, ?)";
        QuarkusTransaction.requiringNew().run(() -> {
            inserts.insert(insert, atOnce, "probe");
            assertThat(inbox.contains(atOnce)).as("outside a batch, written at once").isTrue();
            inserts.deferUntilFlush();
            inserts.insert(insert, atTheEnd, "probe");
            assertThat(inbox.contains(atTheEnd)).as("in a batch, collected until its end").isFalse();
            inserts.flush();
            assertThat(inbox.contains(atTheEnd)).as("written by the batch's flush").isTrue();
        });
        assertThat(QuarkusTransaction.requiringNew().call(() -> inbox.contains(atOnce) && inbox.contains(atTheEnd)))
                .isTrue();
    }

    @Test
    void nativeRowsAreReadWithPlainJdbcInTheTransaction() {
        java.time.Instant at = java.time.Instant.parse("2026-01-02T03:04:05Z");
        String probe = UUID.randomUUID().toString();
        List<Object[]> rows = QuarkusTransaction.requiringNew().call(() -> {
            em.createNativeQuery("INSERT INTO inbox_message (message_id, topic) VALUES (?1, 'probe')")
                    .setParameter(1, probe).executeUpdate();
            return NativeRows.list(em, "SELECT CAST(?1 AS CHAR(12)), CAST(?2 AS BYTEA), CAST(?3 AS TIMESTAMPTZ), "
                    + "CAST(?4 AS TIMESTAMPTZ), CAST(42 AS BIGINT), CAST(?5 AS VARCHAR) IS NULL, "
                    + "(SELECT count(*) FROM inbox_message WHERE message_id = ?6) FROM (VALUES (1)) v WHERE ?7 = ?7",
                    "123456789012", new byte[] {1, 2}, at.toString(), at, null, probe, 1);
        });
        assertThat(rows).hasSize(1);
        Object[] r = rows.get(0);
        assertThat(r[0]).isEqualTo("123456789012");
        assertThat((byte[]) r[1]).containsExactly(1, 2);
        assertThat(((java.sql.Timestamp) r[2]).toInstant()).isEqualTo(at);
        assertThat(((java.sql.Timestamp) r[3]).toInstant()).isEqualTo(at);
        assertThat(r[4]).isEqualTo(42L);
        assertThat(r[5]).isEqualTo(true);
        assertThat(((Number) r[6]).longValue()).as("sees the transaction's own uncommitted row").isEqualTo(1);
    }

    /**
     * Columns ({@code table.column}) whose values pglz cannot shrink (base64-heavy envelopes, DER signatures), kept out
     * of line without a compression attempt on every INSERT; a service adds its own.
     */
    protected List<String> uncompressedColumns() {
        return List.of("outbox_message.payload");
    }

    @Test
    void incompressibleColumnsAreStoredWithoutCompression() {
        for (String column : uncompressedColumns()) {
            String[] tableAndColumn = column.split("\\.");
            Object storage = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("SELECT attstorage "
                    + "FROM pg_attribute WHERE attrelid = CAST(?1 AS regclass) AND attname = ?2")
                    .setParameter(1, tableAndColumn[0]).setParameter(2, tableAndColumn[1]).getSingleResult());
            assertThat(String.valueOf(storage)).as("%s: STORAGE EXTERNAL, out of line, not compressed", column)
                    .isEqualTo("e");
        }
    }

    /**
     * Tables whose rows are updated in place on the hot path, with the fill factor that leaves room on each page for
     * the new version (a HOT update, no new index entries); a service adds its own.
     */
    protected Map<String, Integer> fillFactors() {
        return Map.of();
    }

    @Test
    void rowsUpdatedOnTheHotPathLeaveRoomOnTheirPages() {
        for (Map.Entry<String, Integer> table : fillFactors().entrySet()) {
            Object options = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                    "SELECT array_to_string(reloptions, ',') FROM pg_class WHERE oid = CAST(?1 AS regclass)")
                    .setParameter(1, table.getKey()).getSingleResult());
            assertThat(String.valueOf(options)).as(table.getKey()).contains("fillfactor=" + table.getValue());
        }
    }

    /**
     * A topic of the test's own, made by the operators' super-user, which this service's deployment is allowed to
     * write (and nothing else is): the broker creates no topic by itself and lets a deployment write only its table's
     * topics.
     */
    private static String probeTopic() throws Exception {
        String topic = "egov.probe." + UUID.randomUUID();
        String deployment = ConfigProvider.getConfig().getValue("quarkus.application.name", String.class);
        try (Admin admin = Admin.create(SharedInfrastructure.get().kafkaClient(KafkaTls.OPERATOR))) {
            admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1))).all().get();
            admin.createAcls(List.of(KafkaSetup.allow(KafkaSetup.principal(deployment), ResourceType.TOPIC, topic,
                    AclOperation.WRITE))).all().get();
        }
        return topic;
    }

    @Test
    void outboxMessageIsPublishedToKafkaOnceAndThenMarkedPublished() throws Exception {
        String topic = probeTopic();
        String messageId = UUID.randomUUID().toString();
        byte[] payload = ("probe " + messageId).getBytes(StandardCharsets.UTF_8);
        QuarkusTransaction.requiringNew().run(() -> outbox.enqueue(messageId, topic, "request-1", payload));

        try (KafkaConsumer<String, byte[]> consumer = consumer()) {
            consumer.subscribe(List.of(topic));
            List<ConsumerRecord<String, byte[]>> got = new ArrayList<>();
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(got::add);
                return !got.isEmpty();
            });
            ConsumerRecord<String, byte[]> r = got.get(0);
            assertThat(r.key()).isEqualTo("request-1");
            assertThat(r.value()).isEqualTo(payload);
            assertThat(new String(r.headers().lastHeader(Topics.HEADER_MESSAGE_ID).value(), StandardCharsets.UTF_8))
                    .isEqualTo(messageId);
            // the "published" mark follows with the relay's next round (at most one poll interval later)
            await().atMost(Duration.ofSeconds(10)).until(() -> publishedAt(messageId) != null);
            consumer.poll(Duration.ofMillis(500)).forEach(got::add);
            assertThat(got).as("sent once, not again after the mark").hasSize(1);
        }
    }

    private Object publishedAt(String messageId) {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "SELECT published_at FROM outbox_message WHERE message_id = ?1").setParameter(1, messageId)
                .getResultList().stream().filter(java.util.Objects::nonNull).findFirst().orElse(null));
    }

    @Test
    void unreadableInboundMessageIsKeptAsDeadLetterWithItsReason() throws Exception {
        String messageId = "probe-" + UUID.randomUUID();
        sendUnreadable(messageId);
        await().atMost(Duration.ofSeconds(30)).until(() -> QuarkusTransaction.requiringNew()
                .call(() -> deadLetters.list(50).stream().anyMatch(d -> messageId.equals(d.messageId()))));
        DeadLetters.DeadLetter letter = QuarkusTransaction.requiringNew().call(() -> deadLetters.list(50).stream()
                .filter(d -> messageId.equals(d.messageId())).findFirst().orElseThrow());
        assertThat(letter.reason()).isEqualTo(ReasonCode.MSG_UNPARSEABLE);
        assertThat(letter.topic()).isEqualTo(inboundTopic());
        assertThat(QuarkusTransaction.requiringNew().call(() -> inbox.contains(messageId)))
                .as("a refused message is not marked processed").isFalse();

        // delivered again (a republication): kept once; a later message on the same partition shows it was processed
        String later = "probe-" + UUID.randomUUID();
        sendUnreadable(messageId, later);
        await().atMost(Duration.ofSeconds(30)).until(() -> QuarkusTransaction.requiringNew()
                .call(() -> deadLetters.list(50).stream().anyMatch(d -> later.equals(d.messageId()))));
        assertThat(QuarkusTransaction.requiringNew().call(() -> deadLetters.list(50).stream()
                .filter(d -> messageId.equals(d.messageId())).count())).as("one dead letter per message").isEqualTo(1);
    }

    /**
     * Publishes bytes that are no envelope to the service's inbound topic, one record per message id, in order; returns
     * where the last one went.
     */
    private RecordMetadata sendUnreadable(String... messageIds) throws Exception {
        RecordMetadata last = null;
        try (KafkaProducer<String, byte[]> producer = producer()) {
            for (String id : messageIds) {
                ProducerRecord<String, byte[]> record = new ProducerRecord<>(inboundTopic(), "request-x",
                        "not an envelope".getBytes(StandardCharsets.UTF_8));
                record.headers().add(Topics.HEADER_MESSAGE_ID, id.getBytes(StandardCharsets.UTF_8));
                last = producer.send(record).get();
            }
        }
        return last;
    }

    @Test
    void processedOffsetsAreCommittedWithinTheCommitInterval() throws Exception {
        RecordMetadata sent = sendUnreadable("probe-" + UUID.randomUUID());
        TopicPartition partition = new TopicPartition(sent.topic(), sent.partition());
        String group = ConfigProvider.getConfig().getValue("quarkus.application.name", String.class);
        try (Admin admin = Admin.create(SharedInfrastructure.get().kafkaClient(KafkaTls.OPERATOR))) {
            await().atMost(Duration.ofSeconds(15)).until(() -> {
                OffsetAndMetadata committed = admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata()
                        .get().get(partition);
                return committed != null && committed.offset() > sent.offset();
            });
        }
    }

    @Test
    void aCommitMadeWhileTheRelayLingersGoesOutInTheSameRound() throws Exception {
        // woken from rest by a commit, the relay waits egov.outbox.linger-ms (50 ms) for more: a second commit 12 ms
        // later goes in the same round (without the linger, the first round is over by then). A commit that meets the
        // end of a poll interval starts a round at once, without the linger: hence up to three attempts.
        Timer rounds = meters.timer("egov_outbox_relay_seconds", "stage", "send");
        String topic = probeTopic();
        boolean together = false;
        try (KafkaConsumer<String, byte[]> consumer = consumer()) {
            consumer.subscribe(List.of(topic));
            List<ConsumerRecord<String, byte[]>> got = new ArrayList<>();
            for (int attempt = 0; attempt < 3 && !together; attempt++) {
                Thread.sleep(300); // what earlier tests queued is out; the relay rests
                long before = rounds.count();
                String first = UUID.randomUUID().toString();
                String second = UUID.randomUUID().toString();
                QuarkusTransaction.requiringNew().run(() -> outbox.enqueue(first, topic, "request-1", first.getBytes(StandardCharsets.UTF_8)));
                Thread.sleep(12);
                QuarkusTransaction.requiringNew().run(() -> outbox.enqueue(second, topic, "request-1", second.getBytes(StandardCharsets.UTF_8)));
                int expected = got.size() + 2;
                await().atMost(Duration.ofSeconds(30)).until(() -> {
                    consumer.poll(Duration.ofMillis(100)).forEach(got::add);
                    return got.size() >= expected;
                });
                assertThat(got.subList(expected - 2, expected)).extracting(r -> new String(r.value(), StandardCharsets.UTF_8))
                        .containsExactly(first, second);
                together = rounds.count() - before == 1;
            }
        }
        assertThat(together).as("two commits 12 ms apart published in one relay round").isTrue();
    }

    @Test
    void answersHealthMetricsAndOpenApiOnItsManagementPort() {
        assertThat(URI.create(management).getPort()).as("the management interface has a port of its own")
                .isNotEqualTo(RestAssured.port);
        // ready once its inbound consumers have joined their group (a second or two after start)
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().when().get(management + "health/ready")
                .then().statusCode(200).body("status", equalTo("UP")));
        given().when().get(management + "health/ready").then().statusCode(200)
                .body(containsString("Database connections health check"))
                .body(containsString("Inbound messages"));
        given().when().get(management + "health/live").then().statusCode(200);
        String metrics = given().when().get(management + "metrics").then().statusCode(200)
                .body(containsString("jvm_memory_used_bytes")).extract().asString();
        org.assertj.core.api.Assertions.assertThat(metrics).contains("egov_crypto_operations_total{")
                .contains("operation=\"seal_signature\"").contains("operation=\"signature_math\"");
        given().when().get(management + "openapi").then().statusCode(200).body(containsString("openapi"));
        given().when().get(management + "swagger-ui/").then().statusCode(200).body(containsString("swagger-ui"));
    }

    /** The API port serves the API only: health, metrics, OpenAPI and Swagger UI are on the management port. */
    @Test
    void theApiPortServesNoManagementEndpoint() {
        for (String path : List.of("/q/health", "/q/health/ready", "/q/health/live", "/q/metrics", "/q/openapi",
                "/q/swagger-ui", "/q/swagger-ui/")) {
            given().redirects().follow(false).when().get(path).then().statusCode(404);
        }
    }

    /**
     * What a PostgreSQL restart does to a running service: every connection of its pool is cut. The pool checks a
     * connection idle for more than a second before lending it, so what runs after the restart gets a live connection
     * instead of failing once per dead one.
     */
    @Test
    void afterTheDatabaseCutsEveryConnectionThePoolLendsLiveOnes() throws Exception {
        int idle = 5;
        List<Connection> lent = lend(idle); // the pool now keeps at least five idle connections
        for (Connection c : lent) {
            c.close();
        }
        int cut;
        try (Connection c = serviceDatabase(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT count(*) FILTER (WHERE pg_terminate_backend(pid)) "
                        + "FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()")) {
            r.next();
            cut = r.getInt(1);
        }
        assertThat(cut).as("the service's pooled connections were cut").isGreaterThanOrEqualTo(idle);
        Thread.sleep(1_500); // longer than the pool's foreground validation interval, as after a real restart
        for (Connection c : lend(idle)) { // each ran SELECT 1 in lend()
            c.close();
        }
        for (int i = 0; i < 5; i++) {
            adminCounts().then().statusCode(200);
        }
    }

    private List<Connection> lend(int count) throws SQLException {
        List<Connection> lent = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Connection c = dataSource.getConnection();
            lent.add(c);
            try (Statement s = c.createStatement()) {
                s.execute("SELECT 1");
            }
        }
        return lent;
    }

    /** A call that meets the database down is answered 503 SERVICE_UNAVAILABLE with Retry-After, not 500. */
    @Test
    void aDatabaseThatCannotBeReachedIsAnswered503WithRetryAfter() {
        SQLException refused = catchThrowableOfType(SQLException.class,
                () -> DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + FreePorts.next() + "/any",
                        "postgres", "postgres").close());
        assertThat((Throwable) refused).as("a real refusal by the PostgreSQL driver").isNotNull();
        Response answer = new ProblemMapper()
                .toResponse(new PersistenceException("could not open a connection", refused));
        assertThat(answer.getStatus()).isEqualTo(503);
        assertThat(answer.getHeaderString("Retry-After")).isEqualTo("2");
        assertThat(answer.getMediaType().toString()).isEqualTo("application/problem+json");
        assertThat(((Problem) answer.getEntity()).code())
                .isEqualTo(ReasonCode.SERVICE_UNAVAILABLE.code());
        Response bug = new ProblemMapper()
                .toResponse(new IllegalStateException("a bug"));
        assertThat(bug.getStatus()).as("a failure that will not pass stays 500").isEqualTo(500);
    }

    private io.restassured.response.Response adminCounts() {
        return given().auth().preemptive().basic("admin", EgovInfrastructureResource.ADMIN_PASSWORD)
                .get("/admin/messaging/counts");
    }

    private static Connection serviceDatabase() throws SQLException {
        Config config = ConfigProvider.getConfig();
        return DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class),
                config.getValue("quarkus.datasource.password", String.class));
    }

    /** A consumer of the operators' super-user (the test's probe reads what the service published). */
    protected KafkaConsumer<String, byte[]> consumer() {
        Properties p = new Properties();
        p.putAll(SharedInfrastructure.get().kafkaClient(KafkaTls.OPERATOR));
        p.putAll(Map.of(ConsumerConfig.GROUP_ID_CONFIG, "probe-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName()));
        return new KafkaConsumer<>(p);
    }

    /** A producer of the operators' super-user (what it sends stands for any authenticated client's bytes). */
    protected KafkaProducer<String, byte[]> producer() {
        Properties p = new Properties();
        p.putAll(SharedInfrastructure.get().kafkaClient(KafkaTls.OPERATOR));
        p.putAll(Map.of(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName()));
        return new KafkaProducer<>(p);
    }
}
