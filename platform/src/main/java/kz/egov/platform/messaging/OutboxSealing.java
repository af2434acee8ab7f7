package kz.egov.platform.messaging;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Collectors;
import java.util.concurrent.ForkJoinPool;

import jakarta.enterprise.context.ApplicationScoped;

import kz.egov.contract.envelope.Envelope;
import kz.egov.contract.envelope.EnvelopeCodec;
import kz.egov.contract.envelope.Envelopes;
import kz.egov.platform.pki.Sealers;

/**
 * Seals the outbox rows that wait for their seal just before they are published: the rows of one sender together
 * with one batch seal ({@link Envelopes#sealAll}: one signature over a hash tree, each envelope with its proof), the
 * senders of a multi-tenant service in parallel on all cores.
 */
@ApplicationScoped
public class OutboxSealing {

    private final ForkJoinPool workers = new ForkJoinPool(Runtime.getRuntime().availableProcessors());
    private final Sealers sealers;

    OutboxSealing(Sealers sealers) {
        this.sealers = sealers;
    }
    private final LongAdder envelopesSealed = new LongAdder();

    /**
     * Envelopes this process queued and has not sealed yet, with the JSON written for them, by message id: the relay
     * seals them without reading back or encoding again what it has just written. Rows written by an earlier process
     * (or whose transaction rolled back and left an entry here) are read from their bytes; the map is emptied if it
     * ever holds more than {@link #REMEMBERED_MAX} envelopes or {@link #REMEMBERED_MAX_BYTES} of JSON (a broker
     * outage: the rows wait in the outbox, not in memory).
     */
    private final Map<String, Queued> queuedInThisProcess = new ConcurrentHashMap<>();
    private final AtomicLong rememberedBytes = new AtomicLong();
    static final int REMEMBERED_MAX = 20_000;
    static final long REMEMBERED_MAX_BYTES = 32L * 1024 * 1024;

    /** An envelope before its seal and the JSON it was written to the outbox as. */
    private record Queued(Envelope envelope, byte[] json) {
    }

    /** Called with each envelope written to the outbox to be sealed, and the JSON written. */
    void remember(Envelope unsealed, byte[] json) {
        if (queuedInThisProcess.size() >= REMEMBERED_MAX || rememberedBytes.get() >= REMEMBERED_MAX_BYTES) {
            queuedInThisProcess.clear();
            rememberedBytes.set(0);
        }
        if (queuedInThisProcess.put(unsealed.messageId(), new Queued(unsealed, json)) == null) {
            rememberedBytes.addAndGet(json.length);
        }
    }

    /** Whether the relay can seal this message from memory, without its stored payload. */
    boolean remembers(String messageId) {
        return queuedInThisProcess.containsKey(messageId);
    }

    /** Envelopes sealed since start (the signatures made for them are counted by {@link Sealers}). */
    public long envelopesSealed() {
        return envelopesSealed.sum();
    }

    /** Rows are {@code [id, message_id, topic, message_key, payload, seal_as]}; sealed payloads replace index 4. */
    void sealPending(List<Object[]> rows) {
        List<Object[]> pending = rows.stream().filter(r -> r[5] != null).toList();
        if (pending.isEmpty()) {
            return;
        }
        Map<String, List<Object[]>> bySender = pending.stream()
                .collect(Collectors.groupingBy(r -> (String) r[5], LinkedHashMap::new, Collectors.toList()));
        workers.submit(() -> bySender.entrySet().parallelStream().forEach(group -> {
            List<Object[]> batch = group.getValue();
            List<Queued> unsealed = batch.stream().map(this::unsealed).toList();
            List<Envelope> sealed = Envelopes.sealAll(sealers.forParticipant(group.getKey()),
                    unsealed.stream().map(Queued::envelope).toList());
            for (int i = 0; i < batch.size(); i++) {
                batch.get(i)[4] = EnvelopeCodec.encodeSealed(unsealed.get(i).json(), sealed.get(i));
            }
            envelopesSealed.add(batch.size());
        })).join();
    }

    private Queued unsealed(Object[] row) {
        Queued remembered = queuedInThisProcess.remove((String) row[1]);
        if (remembered != null) {
            rememberedBytes.addAndGet(-remembered.json().length);
            return remembered;
        }
        if (row[4] == null) {
            // forgotten between the relay's read and now (the map was emptied): the relay reads it again, with payload
            throw new IllegalStateException("outbox message " + row[1] + " is no longer remembered; read again");
        }
        byte[] json = (byte[]) row[4];
        return new Queued(EnvelopeCodec.decode(json), json);
    }
}
