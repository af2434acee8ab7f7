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
}
