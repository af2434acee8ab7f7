package kz.egov.platform.messaging;

import java.util.List;
import java.util.Set;

import kz.egov.contract.envelope.Envelope;
import kz.egov.contract.envelope.MessageType;

/**
 * A service's handling of one or more message types. Called inside the inbound transaction; rejections are
 * {@link kz.egov.contract.reason.RejectedException}s (a dead letter) unless the handler answers them itself.
 */
public interface EnvelopeHandler {

    Set<MessageType> types();

    void handle(Envelope envelope, InboundMessage raw);

    /** Parallel, read-only CPU work for one envelope ahead of its transaction (see {@link InboundHandler#prepare}). */
    default void prepare(Envelope envelope) {
    }

    /** This handler's envelopes of a batch, before the first is handled (see {@link InboundHandler#begin}). */
    default void begin(List<Envelope> batch) {
    }

    /** After the batch's last envelope, before its deferred writes are flushed (see {@link InboundHandler#end}). */
    default void end() {
    }
}
