package kz.egov.portal.account;

/**
 * A citizen's portal account (личный кабинет), bound to the EDS certificate that proved the IIN at registration. Its
 * failed sign-ins are counted per IIN apart from it (platform's {@code SignInGuard}).
 */
public record Account(String iin, String passwordHash, String language, String surname, String givenName,
        String patronymic, String certificateSha256) {
}
