package kz.egov.registry.card;

import java.time.LocalDate;

/**
 * One registration on a card. For UNEMPLOYED the local executive body's decision number and date; deregistration
 * (date, reason, request) ends it.
 */
public record Registration(long id, RegistrationKind kind, boolean active, LocalDate registeredOn, String providerId,
        String channel, String requestId, String decisionNumber, LocalDate decisionDate, LocalDate deregisteredOn,
        String deregistrationReason, String deregistrationRequestId) {
}
