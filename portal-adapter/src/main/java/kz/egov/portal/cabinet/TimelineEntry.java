package kz.egov.portal.cabinet;

import java.time.Instant;

/**
 * One line of «История получения услуг»: when, which stream, the status (or reason code) and its words, who acted,
 * and whether it changed the request's status (false: an out-of-order change kept as evidence only). {@code at} is
 * when it happened at its source (e.g. ИС МИО), {@code recordedAt} when it reached the personal cabinet.
 */
public record TimelineEntry(Instant at, String stream, String status, String text, String actingRole, String detail,
        boolean applied, Instant recordedAt) {
}
