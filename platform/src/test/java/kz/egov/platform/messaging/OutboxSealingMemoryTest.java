package kz.egov.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import kz.egov.contract.envelope.Envelope;
import kz.egov.contract.envelope.Envelopes;
import kz.egov.contract.envelope.MessageType;
import org.junit.jupiter.api.Test;

/**
 * The relay's memory of what this process queued is bounded in bytes, not only in envelopes: when the broker is away
 * the rows wait in the outbox table, and the relay reads them back from there once it has forgotten them.
 */
class OutboxSealingMemoryTest {

    private static final byte[] ONE_MEGABYTE_OF_JSON = new byte[1024 * 1024];

    private static Envelope envelope(int i) {
        return Envelopes.unsealed("portal", "gateway", MessageType.SERVICE_REQUEST, "JOB_SEEKER_REGISTRATION",
                "req-" + i, null, new byte[] {'{', '}'}, null, Instant.now());
    }

    @Test
    void theQueuedJsonIsForgottenOnceItWouldPassThirtyTwoMegabytes() {
        OutboxSealing sealing = new OutboxSealing(null);
        Envelope first = envelope(0);
        sealing.remember(first, ONE_MEGABYTE_OF_JSON);
        for (int i = 1; i < 32; i++) {
            sealing.remember(envelope(i), ONE_MEGABYTE_OF_JSON);
        }
        assertThat(sealing.remembers(first.messageId())).as("32 MB held").isTrue();

        Envelope next = envelope(32);
        sealing.remember(next, ONE_MEGABYTE_OF_JSON);

        assertThat(sealing.remembers(first.messageId())).as("forgotten: read back from the outbox").isFalse();
        assertThat(sealing.remembers(next.messageId())).isTrue();
    }

    @Test
    void aSmallBacklogIsKeptWhole() {
        OutboxSealing sealing = new OutboxSealing(null);
        Envelope first = envelope(0);
        sealing.remember(first, new byte[16 * 1024]);
        for (int i = 1; i < 1_000; i++) {
            sealing.remember(envelope(i), new byte[16 * 1024]);
        }
        assertThat(sealing.remembers(first.messageId())).isTrue();
    }
}
