package kz.egov.platform.reconciliation;

/**
 * One message this service queued in its outbox, as reconciliation sees it: its envelope's id, the request it belongs
 * to, the message it answers or forwards (a forwarding's causation is the original's id), its type, its recipient,
 * the business status it carries (STATUS_CHANGE only, else null) and whether the broker has acknowledged it.
 */
public record SentMessage(String messageId, String requestId, String causationId, String type, String recipient,
        String status, boolean published) {
}
