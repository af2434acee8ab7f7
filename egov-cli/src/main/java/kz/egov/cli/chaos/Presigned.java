package kz.egov.cli.chaos;

/**
 * A request ready to go: the citizen's draft, their detached CMS over its exact document (made before the stream, so
 * client-side signing is not part of it) and the idempotency key every attempt to submit it carries.
 */
record Presigned(Citizen citizen, String draftId, String signature, String idempotencyKey) {
}
