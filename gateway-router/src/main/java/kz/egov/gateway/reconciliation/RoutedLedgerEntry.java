package kz.egov.gateway.reconciliation;

/**
 * A request as the gateway routed it, for reconciliation: where it came from, the provider it went to, its technical
 * status and reason, and how many times the gateway's evidence shows it was forwarded to a provider.
 */
public record RoutedLedgerEntry(String requestId, String origin, String originMessageId, String channel,
        String providerId, String technicalStatus, String reasonCode, int forwardedToProvider) {
}
