package kz.egov.contract.message;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import kz.egov.contract.schema.Nullable;

/**
 * The request document: what the citizen (or operator, or officer) signs with their EDS, exactly these bytes.
 *
 * @param requestId   the request's id (the envelope's correlation id)
 * @param serviceCode the base service from the catalog
 * @param form        the service's form fields as filled in
 * @param packageId   the State Corporation's paper package id, when one exists
 * @param receiptNumber the State Corporation's receipt number (расписка), when one was given
 * @param language    "ru" or "kk": the language of messages to the citizen
 */
public record ServiceRequest(
        String requestId,
        String serviceCode,
        Channel channel,
        Applicant applicant,
        Submitter submitter,
        JsonNode form,
        List<AttachmentRef> attachments,
        String language,
        Instant submittedAt,
        @Nullable String packageId,
        @Nullable String receiptNumber) {
}
