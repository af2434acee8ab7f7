package kz.egov.gateway.check;

import kz.egov.contract.envelope.Envelope;
import kz.egov.contract.reason.RejectedException;

/**
 * One check of a service request in the regulations' order ({@link ServiceRequestPipeline}): it passes the request
 * on, with what it found, or refuses it with a reason code the gateway answers to the origin.
 */
@FunctionalInterface
public interface ServiceRequestCheck {

    /**
     * Checks the request; records the check's evidence when it passes.
     *
     * @return the context with what the check found (the same context when it finds nothing the others need)
     * @throws RejectedException the refusal, with its reason code
     */
    CheckContext check(CheckContext context);

    /** Work done ahead of the batch's transaction, in parallel over the batch (a signature check); none by default. */
    default void prepare(Envelope envelope) {
    }

    /** What the check reads once for a whole inbound batch, held until the transaction ends; none by default. */
    default void begin() {
    }
}
