package kz.egov.registry.reconciliation;

/**
 * A registry command as АИС «Рынок труда» processed it, for reconciliation: its id, command, request and provider,
 * whether it was accepted, how many times it arrived again (answered from the record, no effect), how many card
 * changes it made ({@code card_history} rows) and how many registrations its request holds. No IINs.
 */
public record CommandLedgerEntry(String commandId, String command, String requestId, String providerId,
        boolean accepted, String reasonCode, int repeats, int cardChanges, int registrationsOfRequest) {
}
