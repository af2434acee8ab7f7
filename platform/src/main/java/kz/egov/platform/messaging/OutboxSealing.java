package kz.egov.platform.messaging;

import java.util.List;
import java.util.concurrent.ForkJoinPool;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import kz.egov.contract.envelope.Envelope;
import kz.egov.contract.envelope.EnvelopeCodec;
import kz.egov.contract.envelope.Envelopes;
import kz.egov.platform.pki.Sealers;

/** Seals the outbox rows that wait for their seal, in parallel on all cores, just before they are published. */
@ApplicationScoped
public class OutboxSealing {

    private final ForkJoinPool workers = new ForkJoinPool(Runtime.getRuntime().availableProcessors());

    @Inject
    Sealers sealers;

    /** Rows are {@code [id, message_id, topic, message_key, payload, seal_as]}; sealed payloads replace index 4. */
    void sealPending(List<Object[]> rows) {
        List<Object[]> pending = rows.stream().filter(r -> r[5] != null).toList();
        if (pending.isEmpty()) {
            return;
        }
        workers.submit(() -> pending.parallelStream().forEach(r -> {
            Envelope unsealed = EnvelopeCodec.decode((byte[]) r[4]);
            r[4] = EnvelopeCodec.encode(Envelopes.sealWith(sealers.forParticipant((String) r[5]), unsealed));
        })).join();
    }
}
