package kz.egov.mio.rest;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import kz.egov.mio.inbox.WalkIns;
import kz.egov.mio.officer.CurrentOfficer;

/** Walk-in entry: key in, then submit with the officer's own EDS. */
@Path("/api/walk-in")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class WalkInApi {

    /** The officer's detached CMS over the document, base64. */
    public record Submission(String signature) {
    }

    private final CurrentOfficer current;
    private final WalkIns walkIns;

    WalkInApi(CurrentOfficer current, WalkIns walkIns) {
        this.current = current;
        this.walkIns = walkIns;
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
}
