package kz.egov.portal.cabinet;

import java.time.Instant;

/** One of «Уведомления»: what changed in which request, in the citizen's language. */
public record NotificationView(long id, String requestId, String kind, String code, String text, Instant createdAt,
        boolean read) {
}
