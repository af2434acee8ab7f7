package kz.egov.gateway.attachment;

import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import kz.egov.gateway.auth.ParticipantAuthenticator;
import kz.egov.gateway.participant.Participant;
import kz.egov.platform.http.SealedCall;

/** Participants upload request files here and the recipient provider downloads them (sealed participant calls). */
@Path("/api/attachments")
public class AttachmentResource {

    private final AttachmentStore store;
    private final ParticipantAuthenticator auth;

    AttachmentResource(AttachmentStore store, ParticipantAuthenticator auth) {
        this.store = store;
        this.auth = auth;
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @Transactional
    public Response upload(byte[] content, @HeaderParam("Content-Type") String mediaType,
            @HeaderParam(SealedCall.PARTICIPANT) String participant, @HeaderParam(SealedCall.TIMESTAMP) String ts,
            @HeaderParam(SealedCall.SEAL) String seal) {
        Participant caller = auth.authenticate(participant, ts, seal, "POST", "/api/attachments", content);
        AttachmentStore.Stored stored = store.put(content, mediaType, caller.id());
        return Response.status(201).entity(stored).build();
    }

    @GET
    @Path("/{sha256}")
    @Transactional
    public Response download(@PathParam("sha256") String sha256, @QueryParam("requestId") String requestId,
            @HeaderParam(SealedCall.PARTICIPANT) String participant, @HeaderParam(SealedCall.TIMESTAMP) String ts,
            @HeaderParam(SealedCall.SEAL) String seal) {
        String path = "/api/attachments/" + sha256 + "?requestId=" + requestId;
        Participant caller = auth.authenticate(participant, ts, seal, "GET", path, null);
        byte[] content = store.download(sha256, requestId, caller.id());
        String type = store.describe(sha256).map(AttachmentStore.Stored::mediaType).orElse("application/octet-stream");
        return Response.ok(content, type).build();
    }
}
