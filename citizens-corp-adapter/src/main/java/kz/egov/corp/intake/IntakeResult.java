package kz.egov.corp.intake;

import kz.egov.corp.receipt.RefusalReceipt;

/** The outcome of the package check: a refusal receipt (nothing forwarded) or a draft to sign. */
public record IntakeResult(RefusalReceipt refusal, Draft draft) {

    public boolean refused() {
        return refusal != null;
    }
}
