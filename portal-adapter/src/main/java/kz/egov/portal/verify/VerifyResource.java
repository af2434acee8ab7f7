package kz.egov.portal.verify;

import java.util.Base64;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import kz.egov.contract.reason.ReasonCode;
import kz.egov.contract.reason.RejectedException;
import kz.egov.platform.ratelimit.RateLimits;
import kz.egov.portal.account.RateLimited;
import kz.egov.portal.rest.Language;

/** The public verify endpoint: anyone can check a result document and its officer's signature (no sign-in). */
@Path("/api/verify")
@Produces(MediaType.APPLICATION_JSON)
public class VerifyResource {

    /** The exact document bytes and the detached CMS, both base64. */
    public record Presented(String document, String signature) {
    }

    private final ResultVerification verification;
    private final RateLimits limits;

    @Context
    HttpHeaders headers;

    VerifyResource(ResultVerification verification, RateLimits limits) {
        this.verification = verification;
        this.limits = limits;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public VerificationReport verify(Presented presented) {
        limits.take(RateLimited.VERIFY, null);
        if (presented == null || presented.document() == null || presented.signature() == null) {
            throw new RejectedException(ReasonCode.VALIDATION_FAILED, "document and signature (base64) are required");
        }
        String language = Language.requested(headers.getAcceptableLanguages());
        return verification.verify(decode(presented.document(), ReasonCode.VALIDATION_FAILED),
                decode(presented.signature(), ReasonCode.EDS_MALFORMED), language == null ? Language.RU : language);
    }

    private static byte[] decode(String base64, ReasonCode reason) {
        try {
            return Base64.getMimeDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new RejectedException(reason, "not base64");
        }
    }
}
