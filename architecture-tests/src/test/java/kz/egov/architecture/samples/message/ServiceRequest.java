package kz.egov.architecture.samples.message;

/** Breaks the rules on purpose: a message record defined outside contract. */
public record ServiceRequest(String requestId) {
}
