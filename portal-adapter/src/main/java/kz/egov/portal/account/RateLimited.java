package kz.egov.portal.account;

/**
 * The portal's rate-limited endpoints, by the name of their limits in configuration
 * ({@code egov.rate-limits.limits.<name>}, application.properties): what an anonymous client can make the portal do.
 */
public final class RateLimited {

    /** {@code POST /api/sessions}: per client and per IIN. */
    public static final String SIGN_IN = "sign-in";
    /** {@code POST /api/accounts/challenge}: per client and per IIN. */
    public static final String REGISTRATION_CHALLENGE = "registration-challenge";
    /** {@code POST /api/accounts}: per client and per IIN. */
    public static final String REGISTRATION = "registration";
    /** {@code POST /api/verify} (public): per client. */
    public static final String VERIFY = "verify";

    private RateLimited() {
    }
}
