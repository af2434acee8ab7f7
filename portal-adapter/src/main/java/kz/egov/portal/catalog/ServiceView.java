package kz.egov.portal.catalog;

import java.util.List;

/**
 * A base service as the portal shows it: the form to fill, the attachments the checklist asks for, what the result
 * is, and whether the portal channel exists (and why not, when it does not).
 */
public record ServiceView(String code, String name, String nameRu, String nameKk, boolean availableOnPortal,
        String notAvailableReasonCode, String notAvailableReason, List<Field> formFields, List<Attachment> attachments,
        List<Result> results, List<String> portalVariants) {

    /** A form field. */
    public record Field(String name, String type, boolean required, String label, List<String> options) {
    }

    /** An attachment of the checklist: upload it as a multipart part named by its code. */
    public record Attachment(String code, String name, boolean required, boolean hasExpiry) {
    }

    /** A result the service gives. */
    public record Result(String code, String kind, String name) {
    }
}
