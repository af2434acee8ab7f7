package kz.egov.mio.rest;

import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import kz.egov.mio.inbox.ForOtherBodies;
import kz.egov.mio.inbox.WalkIns;
import kz.egov.mio.officer.CurrentOfficer;

/**
 * Walk-in entry: key in, then submit with the officer's own EDS; for a request taken for another body (V12), follow
 * it, fetch the provider's signed result and hand it over.
 */
@Path("/api/walk-in")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class WalkInApi {

    /** The officer's detached CMS over the document, base64. */
    public record Submission(String signature) {
    }

    /** The office's comment on the hand-over. */
    public record HandOver(String comment) {
    }

    private final CurrentOfficer current;
    private final WalkIns walkIns;
    private final ForOtherBodies forOtherBodies;

    WalkInApi(CurrentOfficer current, WalkIns walkIns, ForOtherBodies forOtherBodies) {
        this.current = current;
        this.walkIns = walkIns;
        this.forOtherBodies = forOtherBodies;
    }

    @POST
    public WalkIns.Prepared prepare(WalkIns.Entry entry) {
        return walkIns.prepare(current.get(), entry);
    }

    @POST
    @Path("/{id}/submit")
    public Response submit(@PathParam("id") String id, Submission body) {
        walkIns.submit(current.get(), id, body == null ? null : body.signature());
        return Response.accepted(java.util.Map.of("requestId", id)).build();
    }

    /** A request this office took for another body (V12): the provider's status, whether its result is here. */
    @GET
    @Path("/{id}")
    @Transactional
    public ForOtherBodies.Forwarded read(@PathParam("id") String id) {
        return forOtherBodies.view(current.get(), id);
    }

    /** The provider's signed result of such a request: the document and the signer's detached CMS, base64. */
    @GET
    @Path("/{id}/result")
    @Transactional
    public java.util.Map<String, String> result(@PathParam("id") String id) {
        kz.egov.mio.inbox.WalkInDraft d = forOtherBodies.result(current.get(), id);
        return java.util.Map.of("document", java.util.Base64.getEncoder().encodeToString(d.resultDocument),
                "signature", d.resultSignature == null ? "" : java.util.Base64.getEncoder().encodeToString(
                        d.resultSignature));
    }

    /** The office issues the provider's result to the applicant and reports the hand-over to the provider. */
    @POST
    @Path("/{id}/hand-over")
    @Transactional
    public ForOtherBodies.Forwarded handOver(@PathParam("id") String id, HandOver body) {
        return forOtherBodies.handOver(current.get(), id, body == null ? null : body.comment());
    }
}
