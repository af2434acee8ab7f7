package kz.egov.portal.reconciliation;

import java.util.List;

/**
 * A submitted request as the portal holds it, for reconciliation: both status streams, the gateway's reason code and
 * routing, every business status entry of its history in order (applied, or kept as evidence of an illegal
 * transition) with the id of the provider's message it came from, and how many results the cabinet holds.
 */
public record PortalLedgerEntry(String requestId, String messageId, String technicalStatus, String businessStatus,
        String reasonCode, String providerId, List<BusinessEvent> businessEvents, int results) {

    /** A business status entry: the status, the provider's message that carried it, whether it was applied. */
    public record BusinessEvent(String status, String messageId, boolean applied) {
    }
}
