package kz.egov.portal.account;

import java.time.Instant;

/** A citizen's portal account (личный кабинет), bound to the EDS certificate that proved the IIN at registration. */
public record Account(String iin, String passwordHash, String language, String surname, String givenName,
        String patronymic, String certificateSha256, int failedAttempts, Instant lockedUntil) {

    public boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }
}
