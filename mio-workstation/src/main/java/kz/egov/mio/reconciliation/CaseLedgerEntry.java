package kz.egov.mio.reconciliation;

import java.util.List;

/**
 * A case as the provider registered it, for reconciliation: the provider, channel, incoming number, status and
 * outcome, and the registry commands it sent with their state.
 */
public record CaseLedgerEntry(String requestId, String providerId, String channel, String incomingNumber,
        String gatewayMessageId, String status, String outcome, List<RegistryCallEntry> registryCalls) {

    /** A registry command the case sent: its id, the command and its state (PENDING, ACCEPTED, REFUSED). */
    public record RegistryCallEntry(String commandId, String command, String state, String reasonCode) {
    }
}
