package kz.egov.portal.request;

import java.time.Instant;
import java.util.List;

import kz.egov.contract.message.AttachmentRef;

/**
 * The answer to a new draft: the request document to sign, as base64 of its exact bytes (sign the decoded bytes,
 * detached CMS), its SHA-256, and the attachments it lists.
 */
public record DraftView(String draftId, String requestId, String serviceCode, String document, String documentSha256,
        List<AttachmentRef> attachments, Instant expiresAt) {
}
