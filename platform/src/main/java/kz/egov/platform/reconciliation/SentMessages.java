package kz.egov.platform.reconciliation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import kz.egov.contract.envelope.Envelope;
import kz.egov.contract.envelope.EnvelopeCodec;
import kz.egov.contract.envelope.Envelopes;
import kz.egov.contract.envelope.MessageType;
import kz.egov.contract.message.ProviderAcknowledgement;
import kz.egov.contract.message.StatusChange;

/**
 * The outbox read as a ledger of what this service sent: every envelope (dead-letter announcements and replays left
 * out: they are not messages of a request), decoded, so reconciliation can count per request what left for whom.
 */
@ApplicationScoped
public class SentMessages {

    private final EntityManager em;

    SentMessages(EntityManager em) {
        this.em = em;
    }

    /** Messages queued at or after {@code since}, of the given type (all types when null), oldest first. */
    @SuppressWarnings("unchecked")
    public List<SentMessage> since(Instant since, MessageType type) {
        List<Object[]> rows = em.createNativeQuery("SELECT payload, published_at IS NOT NULL FROM outbox_message "
                + "WHERE created_at >= CAST(?1 AS TIMESTAMPTZ) AND delivery_id = message_id ORDER BY id")
                .setParameter(1, since.toString()).getResultList();
        List<SentMessage> sent = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            Envelope e;
            try {
                e = EnvelopeCodec.decode((byte[]) row[0]);
            } catch (RuntimeException notAnEnvelope) {
                continue;
            }
            if (type != null && e.type() != type) {
                continue;
            }
            String status = statusOf(e);
            sent.add(new SentMessage(e.messageId(), e.correlationId(), e.causationId(), e.type().name(), e.recipient(),
                    status, Boolean.TRUE.equals(row[1])));
        }
        return sent;
    }

    /** The business status a message carries: a status change's, or the one an acknowledgement brings along. */
    private static String statusOf(Envelope sent) {
        Envelope e = Envelopes.original(sent);
        StatusChange change = switch (e.type()) {
            case STATUS_CHANGE -> EnvelopeCodec.decode(e.body(), StatusChange.class);
            case PROVIDER_ACKNOWLEDGEMENT -> EnvelopeCodec.decode(e.body(), ProviderAcknowledgement.class).status();
            default -> null;
        };
        return change == null ? null : change.status().name();
    }
}
