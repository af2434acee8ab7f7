package kz.egov.corp.operator;

import java.time.Instant;

/** An opened session: the bearer token (shown once, stored hashed), its expiry and who signed in. */
public record Session(String token, Instant expiresAt, String method, long operatorId, String login, String branchId) {
}
