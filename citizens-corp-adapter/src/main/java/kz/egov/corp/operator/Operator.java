package kz.egov.corp.operator;

import java.time.Instant;

/** An operator account of a branch (a State Corporation employee at the desk). */
public record Operator(long id, String branchId, String login, String iin, String surname, String givenName,
        boolean active, boolean hasPassword, int failedAttempts, Instant lockedUntil) {

    public String fullName() {
        return surname + " " + givenName;
    }
}
