package kz.egov.portal.rest;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import kz.egov.contract.problem.Problem;
import kz.egov.contract.reason.ReasonCode;
import kz.egov.contract.reason.RejectedException;
import kz.egov.portal.account.CurrentCitizen;

/**
 * Refusals as application/problem+json in the citizen's language: Accept-Language when it names kk or ru, otherwise
 * the language the citizen chose for their account, otherwise Russian.
 */
@Provider
public class PortalProblemMapper implements ExceptionMapper<RejectedException> {

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    private final CurrentCitizen current;

    PortalProblemMapper(CurrentCitizen current) {
        this.current = current;
    }

    @Override
    public Response toResponse(RejectedException refused) {
        String language = headers == null ? null : Language.requested(headers.getAcceptableLanguages());
        if (language == null) {
            language = current.language().orElse(Language.RU);
        }
        ReasonCode reason = refused.reason();
        Problem problem = Problem.of(reason, refused.detail(), uri == null ? null : "/" + uri.getPath(), language);
        Response.ResponseBuilder b = problem.response(refused);
        if (reason.httpStatus() == 401) {
            b.header("WWW-Authenticate", "Bearer realm=\"egov-portal\"");
        }
        return b.build();
    }
}
