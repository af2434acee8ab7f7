package kz.egov.platform.messaging;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.runtime.ShutdownEvent;
import io.smallrye.common.annotation.Identifier;
import kz.egov.platform.config.PlatformConfig;
import io.quarkus.runtime.StartupEvent;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.jboss.logging.Logger;

/**
 * Reads the service's inbound topic on its own threads: poll, hand everything the poll returned to
 * {@link InboundConsumer} as one batch, commit, poll again.
 *
 * <p>Batches therefore grow with the load by themselves: while one batch is processed the next one accumulates in
 * Kafka, and the following poll takes all of it. (A prefetching consumer splits a burst into many small batches that
 * then wait in its queue, each paying a whole transaction; on two cores that cost more than the work.) Offsets are
 * committed only after a batch is processed; a record processed but not committed is delivered again and the inbox
 * drops it. Commits go at most every {@code egov.inbound.commit-interval-ms}.
 */
@ApplicationScoped
public class InboundPoller {

    private static final Logger LOG = Logger.getLogger(InboundPoller.class);

    private final InboundConsumer consumer;
    /** The broker connection every Kafka client of the service shares ({@code kafka.*}: brokers, TLS identity). */
    private final Map<String, Object> broker;
    private final String topic;
    private final String groupId;
    /** Consumers in this service's group; more than one lets one wait on PostgreSQL while another works. */
    private final int consumers;
    private final int maxPollRecords;
    /**
     * Processed offsets are committed at most this often (and whenever a poll comes back empty, on a rebalance and on
     * shutdown); 0 commits after every batch. Below saturation batches are small and each commit is a request the
     * broker writes to its offsets log; what a crash leaves uncommitted is delivered again and the inbox drops it.
     */
    private final long commitIntervalMillis;

    private final List<Thread> threads = new ArrayList<>();
    private final List<KafkaConsumer<String, byte[]>> clients = new CopyOnWriteArrayList<>();
    private final Map<Integer, Boolean> joined = new ConcurrentHashMap<>();
    private volatile boolean running;

    InboundPoller(InboundConsumer consumer, PlatformConfig config,
            @Identifier("default-kafka-broker") Map<String, Object> broker) {
        this.consumer = consumer;
        this.broker = Map.copyOf(broker);
        this.groupId = config.inbound().groupId();
        this.topic = config.inbound().topic();
        this.consumers = config.inbound().consumers();
        this.maxPollRecords = config.inbound().maxPollRecords();
        this.commitIntervalMillis = config.inbound().commitIntervalMs();
    }

    void start(@Observes StartupEvent event) {
        running = true;
        for (int i = 0; i < consumers; i++) {
            int index = i;
            Thread t = new Thread(() -> run(index), "inbound-poller-" + i);
            t.setDaemon(true);
            threads.add(t);
            t.start();
        }
    }

    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        running = false;
        clients.forEach(KafkaConsumer::wakeup);
        for (Thread t : threads) {
            t.join(10_000);
        }
    }

    /** Ready when every poller thread runs and has joined the consumer group (with or without partitions). */
    public boolean ready() {
        return running && !threads.isEmpty() && threads.stream().allMatch(Thread::isAlive)
                && joined.size() == threads.size();
    }

    public String topic() {
        return topic;
    }

    private void run(int index) {
        long backoff = 500;
        while (running) {
            try (KafkaConsumer<String, byte[]> client = new KafkaConsumer<>(properties(index))) {
                clients.add(client);
                try {
                    pollUntilStopped(index, client);
                } finally {
                    clients.remove(client);
                }
                return;
            } catch (WakeupException stopping) {
                return;
            } catch (RuntimeException e) {
                if (!running) {
                    return;
                }
                joined.remove(index);
                LOG.warnf("inbound poller %d on %s: %s; starting over from the last committed offsets in %d ms", index,
                        topic, e, backoff);
                sleep(backoff);
                backoff = Math.min(backoff * 2, 10_000);
            }
        }
    }

    private void pollUntilStopped(int index, KafkaConsumer<String, byte[]> client) {
        Map<TopicPartition, OffsetAndMetadata> processed = new HashMap<>();
        client.subscribe(List.of(topic), new ConsumerRebalanceListener() {
            @Override
            public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
                commit(client, processed, true);
            }

            @Override
            public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
                joined.put(index, Boolean.TRUE);
                LOG.debugf("inbound poller %d assigned %s", index, partitions);
            }
        });
        long lastCommit = System.nanoTime();
        while (running) {
            ConsumerRecords<String, byte[]> records = client.poll(Duration.ofMillis(500));
            if (!records.isEmpty()) {
                consumer.consume(records);
                for (TopicPartition partition : records.partitions()) {
                    List<ConsumerRecord<String, byte[]>> taken = records.records(partition);
                    processed.put(partition, new OffsetAndMetadata(taken.get(taken.size() - 1).offset() + 1));
                }
            }
            if (records.isEmpty() || System.nanoTime() - lastCommit >= commitIntervalMillis * 1_000_000) {
                commit(client, processed, false);
                lastCommit = System.nanoTime();
            }
        }
        commit(client, processed, true);
    }

    private static void commit(KafkaConsumer<String, byte[]> client, Map<TopicPartition, OffsetAndMetadata> processed,
            boolean wait) {
        if (processed.isEmpty()) {
            return;
        }
        Map<TopicPartition, OffsetAndMetadata> offsets = Map.copyOf(processed);
        processed.clear();
        try {
            if (wait) {
                client.commitSync(offsets, Duration.ofSeconds(10));
            } else {
                client.commitAsync(offsets, (committed, failure) -> {
                    if (failure != null) {
                        LOG.debugf("inbound commit failed (%s); the records come again and the inbox drops them",
                                failure.toString());
                    }
                });
            }
        } catch (WakeupException e) {
            throw e;
        } catch (KafkaException e) {
            LOG.debugf("inbound commit failed (%s); the records come again and the inbox drops them", e.toString());
        }
    }

    private Properties properties(int index) {
        Properties p = new Properties();
        p.putAll(broker);
        p.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
        p.put(ConsumerConfig.CLIENT_ID_CONFIG, groupId + "-inbound-" + index);
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, Integer.toString(maxPollRecords));
        // a batch may wait for PostgreSQL to come back (InboundConsumer retries a transient failure for 10 minutes)
        p.put(ConsumerConfig.MAX_POLL_INTERVAL_MS_CONFIG, Integer.toString((int) Duration.ofMinutes(15).toMillis()));
        // a killed service's consumer leaves the group after 10 s instead of Kafka's 45 s: until then the group cannot
        // finish rebalancing, so its restarted successor (and its partitions' messages) would wait that long
        p.put(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG, "10000");
        p.put(ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG, "3000");
        return p;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
