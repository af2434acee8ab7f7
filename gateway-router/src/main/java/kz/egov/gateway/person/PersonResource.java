package kz.egov.gateway.person;

import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import kz.egov.contract.message.PersonRecord;
import kz.egov.contract.reason.ReasonCode;
import kz.egov.contract.reason.RejectedException;
import kz.egov.gateway.auth.ParticipantAuthenticator;
import kz.egov.gateway.participant.Participant;
import kz.egov.platform.http.SealedCall;

/**
 * Person lookup in ГБД ФЛ (a sealed participant call), bound to its purpose ({@link PersonLookupPurpose}): the portal
 * reads only the signed-in citizen, a provider only the applicant of a request routed to it or a walk-in its officer
 * is entering, a State Corporation branch only a walk-in its operator is entering; the registry nothing. Every read
 * and every refusal is logged with the caller, purpose, request and acting person.
 */
@Path("/api/persons")
@Produces(MediaType.APPLICATION_JSON)
public class PersonResource {

    private final PersonDirectory directory;
    private final ParticipantAuthenticator auth;
    private final PersonLookupRules rules;

    PersonResource(PersonDirectory directory, ParticipantAuthenticator auth, PersonLookupRules rules) {
        this.directory = directory;
        this.auth = auth;
        this.rules = rules;
    }

    @GET
    @Path("/{iin}")
    @Transactional(dontRollbackOn = RejectedException.class)
    public PersonRecord lookup(@PathParam("iin") String iin, @QueryParam("purpose") String purpose,
            @QueryParam("requestId") String requestId, @QueryParam("actor") String actor,
            @HeaderParam(SealedCall.PARTICIPANT) String participant, @HeaderParam(SealedCall.TIMESTAMP) String ts,
            @HeaderParam(SealedCall.SEAL) String seal, @Context UriInfo uri) {
        String path = uri.getRequestUri().getRawPath()
                + (uri.getRequestUri().getRawQuery() == null ? "" : "?" + uri.getRequestUri().getRawQuery());
        Participant caller = auth.authenticate(participant, ts, seal, "GET", path, null);
        if (iin == null || !iin.matches("[0-9]{12}")) {
            throw new RejectedException(ReasonCode.EDS_INVALID_IIN, "IIN must be 12 digits");
        }
        return rules.read(caller, PersonLookupRules.purpose(purpose), iin, requestId, actor)
                .orElseThrow(() -> new RejectedException(ReasonCode.PERSON_NOT_FOUND, "no such person"));
    }

}
