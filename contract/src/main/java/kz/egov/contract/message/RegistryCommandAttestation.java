package kz.egov.contract.message;

import java.time.Instant;

/**
 * What the gateway attests when it forwards a provider's registry command to АИС «Рынок труда» (the forward's
 * enrichment, under the gateway's seal): the request the command names was routed to that provider under a variant, and
 * the citizen the command is about is that request's applicant. The registry checks the command against it again.
 *
 * @param requestId    the request the command names
 * @param routedTo     the provider the gateway routed that request to
 * @param applicantIin the applicant of that request
 * @param variantCode  the service variant the gateway routed that request under (V01…V16): the registry applies that
 *                     variant's rules to the command
 * @param signaturesCheckedAt when the gateway checked the command's seals
 */
public record RegistryCommandAttestation(String requestId, String routedTo, String applicantIin, String variantCode,
        Instant signaturesCheckedAt) {
}
