package kz.egov.platform.messaging;

/**
 * What a service does with one inbound message. Called inside a transaction, after the inbox has recorded the
 * message id for the first time; everything it writes (its state, its outbox) commits together or not at all.
 * Throwing {@link kz.egov.contract.reason.RejectedException} turns the message into a dead letter with that reason.
 */
public interface InboundHandler {

    void handle(InboundMessage message);

    /**
     * Called with the whole batch before its transaction, outside it: a place for CPU work that can run in parallel
     * (signature checks), whose results {@link #handle} then reuses. Must not write anything.
     */
    default void prepare(java.util.List<InboundMessage> batch) {
    }

    /**
     * Called inside a batch's transaction before its first message, with the messages seen for the first time: a
     * place to read (and lock, in a fixed order) in one statement the rows the batch will need, instead of a round
     * trip per message. Not called when a message is processed alone.
     */
    default void begin(java.util.List<InboundMessage> batch) {
    }

    /** Called inside a batch's transaction after its last message, before the batch's deferred writes are flushed. */
    default void end() {
    }
}
