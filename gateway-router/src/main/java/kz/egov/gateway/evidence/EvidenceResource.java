package kz.egov.gateway.evidence;

import java.util.List;

import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Platform operators: the evidence of one request, in order, and a verification of the whole chain. */
@Path("/admin/evidence")
@Produces(MediaType.APPLICATION_JSON)
public class EvidenceResource {

    private final EvidenceLog log;
    private final EvidenceVerifier verifier;

    EvidenceResource(EvidenceLog log, EvidenceVerifier verifier) {
        this.log = log;
        this.verifier = verifier;
    }

    @GET
    @Path("/requests/{requestId}")
    @Transactional
    public List<EvidenceRecord> forRequest(@PathParam("requestId") String requestId) {
        return log.forRequest(requestId);
    }

    @GET
    @Path("/verify")
    @Transactional
    public EvidenceVerifier.Verification verify() {
        return verifier.verify();
    }
}
