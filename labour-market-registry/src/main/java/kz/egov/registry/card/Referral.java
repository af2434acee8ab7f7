package kz.egov.registry.card;

import java.time.LocalDate;

import com.fasterxml.jackson.databind.JsonNode;

/** A referral to an active employment measure, with the referral's data as the provider sent it. */
public record Referral(MeasureKind measureKind, LocalDate referredOn, String providerId, String requestId,
        String employer, String employerBin, String vacancy, String referralNumber, JsonNode data) {
}
