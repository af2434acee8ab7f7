package kz.egov.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;

import kz.egov.contract.envelope.Envelope;
import kz.egov.contract.envelope.Envelopes;
import kz.egov.contract.envelope.MessageType;
import kz.egov.contract.id.Ids;
import org.junit.jupiter.api.Test;

/** Ids of messages and requests: UUIDs of version 7, ordered by the time they were made, never repeated. */
class IdsTest {

    @Test
    void anIdIsAVersion7UuidOfTheIetfVariantCarryingTheTimeItWasMade() {
        long before = System.currentTimeMillis();
        UUID id = UUID.fromString(Ids.next());
        long after = System.currentTimeMillis();

        assertThat(id.version()).isEqualTo(7);
        assertThat(id.variant()).isEqualTo(2);
        assertThat(id.getMostSignificantBits() >>> 16).isBetween(before, after);
        assertThat(id.toString()).hasSize(36);
    }

    @Test
    void aNewEnvelopeGetsATimeOrderedMessageId() {
        Envelope e = Envelopes.unsealed("portal", "gateway", MessageType.SERVICE_REQUEST, "JOB_SEEKER_REGISTRATION",
                Ids.next(), null, "{}".getBytes(StandardCharsets.UTF_8), null, Instant.now());

        assertThat(UUID.fromString(e.messageId()).version()).isEqualTo(7);
    }

    @Test
    void idsMadeLaterSortLaterAsTextAndNoneRepeats() throws InterruptedException {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ids.add(Ids.next());
            Thread.sleep(2);
        }
        assertThat(ids).isSorted();
        HashSet<String> many = new HashSet<>();
        for (int i = 0; i < 100_000; i++) {
            many.add(Ids.next());
        }
        assertThat(many).hasSize(100_000);
    }
}
