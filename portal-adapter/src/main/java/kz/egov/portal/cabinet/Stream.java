package kz.egov.portal.cabinet;

/** Where a timeline entry or notification comes from. */
public enum Stream {
    /** The portal itself: submitted, withdrawn, refused by condition 2. */
    PORTAL,
    /** The gateway's technical statuses and rejections. */
    TECHNICAL,
    /** The provider's business statuses. */
    BUSINESS,
    /** The result document signed by the officer. */
    RESULT
}
