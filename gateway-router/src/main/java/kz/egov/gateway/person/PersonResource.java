package kz.egov.gateway.person;

import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import kz.egov.contract.message.PersonRecord;
import kz.egov.contract.reason.ReasonCode;
import kz.egov.contract.reason.RejectedException;
import kz.egov.gateway.auth.ParticipantAuthenticator;
import kz.egov.gateway.participant.Participant;
import kz.egov.gateway.participant.ParticipantKind;
import kz.egov.platform.http.SealedCall;

/**
 * Person lookup in ГБД ФЛ for the portal, State Corporation branches and МИО providers (a sealed participant call);
 * every read is logged with the caller and purpose.
 */
@Path("/api/persons")
@Produces(MediaType.APPLICATION_JSON)
public class PersonResource {

    private final PersonDirectory directory;
    private final ParticipantAuthenticator auth;

    PersonResource(PersonDirectory directory, ParticipantAuthenticator auth) {
        this.directory = directory;
        this.auth = auth;
    }

    @GET
    @Path("/{iin}")
    @Transactional
    public PersonRecord lookup(@PathParam("iin") String iin, @QueryParam("purpose") String purpose,
            @QueryParam("requestId") String requestId, @HeaderParam(SealedCall.PARTICIPANT) String participant,
            @HeaderParam(SealedCall.TIMESTAMP) String ts, @HeaderParam(SealedCall.SEAL) String seal) {
        String path = "/api/persons/" + iin + "?purpose=" + purpose
                + (requestId == null ? "" : "&requestId=" + requestId);
        Participant caller = auth.authenticate(participant, ts, seal, "GET", path, null);
        if (caller.kind() == ParticipantKind.REGISTRY) {
            throw new RejectedException(ReasonCode.FORBIDDEN, "the registry does not read ГБД ФЛ");
        }
        if (purpose == null || purpose.isBlank()) {
            throw new RejectedException(ReasonCode.VALIDATION_FAILED, "purpose is required: every read says why");
        }
        if (iin == null || !iin.matches("[0-9]{12}")) {
            throw new RejectedException(ReasonCode.EDS_INVALID_IIN, "IIN must be 12 digits");
        }
        return directory.read(iin, caller.id(), purpose, requestId)
                .orElseThrow(() -> new RejectedException(ReasonCode.PERSON_NOT_FOUND, "no such person"));
    }
}
