package kz.egov.portal.reconciliation;

import java.util.List;

/**
 * A submitted request as the portal holds it, for reconciliation: both status streams, the gateway's reason code and
 * routing, every business status it received (applied or kept as evidence of an illegal transition) in order, and how many results the cabinet holds.
 */
public record PortalLedgerEntry(String requestId, String messageId, String technicalStatus, String businessStatus,
        String reasonCode, String providerId, List<String> businessStatuses, int results) {
}
