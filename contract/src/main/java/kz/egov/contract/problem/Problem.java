package kz.egov.contract.problem;

import kz.egov.contract.reason.ReasonCode;

/**
 * An RFC 9457 problem detail: {@code type} is a stable URI per reason code, {@code code} the reason code itself,
 * {@code title} the text for people in their language, {@code detail} what exactly went wrong.
 */
public record Problem(String type, String title, int status, String detail, String instance, String code) {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPE_BASE = "https://egov.kz/problems/";

    public static Problem of(ReasonCode reason, String detail, String instance, String language) {
        return new Problem(TYPE_BASE + reason.code(), reason.text(language), reason.httpStatus(), detail, instance,
                reason.code());
    }
}
