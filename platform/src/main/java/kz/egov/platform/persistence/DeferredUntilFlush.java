package kz.egov.platform.persistence;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * What a transaction collects from {@link #deferUntilFlush()} until the subclass's flush — an inbound batch's work,
 * written at its end — kept with the transaction, so that nothing is shared between batches or left behind by one that
 * rolled back. Outside such a span {@link #pending()} is null and the work is done at once.
 *
 * @param <T> the collection of pending work
 */
public abstract class DeferredUntilFlush<T> {

    private final Object key = new Object();

    @Inject
    protected EntityManager em;

    @Inject
    protected TransactionSynchronizationRegistry transactions;

    /** An empty collection for a new span. */
    protected abstract T empty();

    /** From now until the flush in this transaction, work is collected (the inbound consumer calls this). */
    public void deferUntilFlush() {
        if (transactions.getResource(key) == null) {
            transactions.putResource(key, empty());
        }
    }

    /** This transaction's pending work, or null outside a span. */
    @SuppressWarnings("unchecked")
    protected T pending() {
        return (T) transactions.getResource(key);
    }
}
