package kz.egov.gateway.evidence;

import java.util.List;

import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import kz.egov.contract.reason.ReasonCode;
import kz.egov.contract.reason.RejectedException;
import kz.egov.gateway.auth.ParticipantAuthenticator;
import kz.egov.gateway.participant.Participant;
import kz.egov.gateway.participant.ReadGrant;
import kz.egov.gateway.participant.ReadGrants;
import kz.egov.gateway.traffic.RoutedRequests;
import kz.egov.platform.http.SealedCall;

/**
 * A participant reads the evidence of a request it sent (a sealed, read-only call): the portal cross-checks a result
 * a citizen asks it to verify, without any operator's password. Allowed only to a participant the registry grants
 * {@link ReadGrant#EVIDENCE}, and only for a request whose origin it is; any other request is not found to it.
 */
@Path("/api/evidence")
@Produces(MediaType.APPLICATION_JSON)
public class ParticipantEvidenceResource {

    private final EvidenceLog log;
    private final ParticipantAuthenticator auth;
    private final ReadGrants grants;
    private final RoutedRequests routed;

    ParticipantEvidenceResource(EvidenceLog log, ParticipantAuthenticator auth, ReadGrants grants,
            RoutedRequests routed) {
        this.log = log;
        this.auth = auth;
        this.grants = grants;
        this.routed = routed;
    }

    @GET
    @Path("/requests/{requestId}")
    @Transactional
    public List<EvidenceRecord> ofOwnRequest(@PathParam("requestId") String requestId,
            @HeaderParam(SealedCall.PARTICIPANT) String participant, @HeaderParam(SealedCall.TIMESTAMP) String ts,
            @HeaderParam(SealedCall.SEAL) String seal) {
        Participant caller = auth.authenticate(participant, ts, seal, "GET", "/api/evidence/requests/" + requestId,
                null);
        if (!grants.allows(caller.id(), ReadGrant.EVIDENCE)) {
            throw new RejectedException(ReasonCode.FORBIDDEN, "the participant registry does not let "
                    + caller.id() + " read evidence");
        }
        if (routed.find(requestId).filter(r -> r.origin().equals(caller.id())).isEmpty()) {
            throw new RejectedException(ReasonCode.NOT_FOUND, "no request " + requestId + " of " + caller.id());
        }
        return log.forRequest(requestId);
    }
}
