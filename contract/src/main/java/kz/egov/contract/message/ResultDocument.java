package kz.egov.contract.message;

import java.time.Instant;

import com.fasterxml.jackson.databind.JsonNode;
import kz.egov.contract.schema.Nullable;
import kz.egov.contract.schema.Pattern;

/**
 * The result of a service (or a motivated refusal), exactly these bytes signed with the EDS of the officer the
 * catalog names; the signature travels as the envelope's person signature.
 */
public record ResultDocument(
        String requestId,
        String documentId,
        ResultKind kind,
        String variantCode,
        String providerId,
        @Pattern(Pattern.IIN) String applicantIin,
        String title,
        JsonNode fields,
        @Nullable String refusalReasonCode,
        @Nullable String refusalGround,
        @Pattern(Pattern.IIN) String signedByIin,
        String signedByRole,
        Instant issuedAt) {
}
