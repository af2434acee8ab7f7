package kz.egov.platform.reconciliation;

/**
 * One message this service queued in its outbox, as reconciliation sees it: its envelope's id, the request it belongs
 * to, its type, its recipient, the business status it carries (STATUS_CHANGE only, else null) and whether the broker
 * has acknowledged it.
 */
public record SentMessage(String messageId, String requestId, String type, String recipient, String status,
        boolean published) {
}
