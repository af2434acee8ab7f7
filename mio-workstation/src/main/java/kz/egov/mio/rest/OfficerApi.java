package kz.egov.mio.rest;

import java.util.List;
import java.util.Set;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import kz.egov.contract.envelope.SealInput;
import kz.egov.contract.reason.ReasonCode;
import kz.egov.contract.reason.RejectedException;
import kz.egov.mio.attachment.CaseAttachments;
import kz.egov.mio.officer.CurrentOfficer;
import kz.egov.mio.officer.Officer;
import kz.egov.mio.officer.OfficerRole;
import kz.egov.mio.officer.Sessions;
import kz.egov.mio.workflow.ActionRequest;
import kz.egov.platform.ratelimit.RateLimits;

/** The officers' API (ИС МИО workstation): sign-in, the queue, cases and their actions. */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OfficerApi {

    /** The rate limit of sign-in ({@code egov.rate-limits.limits.sign-in}): per client and per IIN. */
    static final String SIGN_IN = "sign-in";

    /** Sign-in with IIN and password. */
    public record SignIn(String iin, String password) {
    }

    /** The session: the bearer token (shown once) and who is signed in. */
    public record Session(String token, java.time.Instant expiresAt, Me officer) {
    }

    public record Me(String iin, String surname, String givenName, String providerId, Set<OfficerRole> roles) {
        static Me of(Officer o) {
            return new Me(o.iin, o.surname, o.givenName, o.providerId, o.roleSet());
        }
    }

    private final Sessions sessions;
    private final CurrentOfficer current;
    private final CaseQueries queries;
    private final CaseActions actions;
    private final CaseAttachments attachments;
    private final RateLimits limits;

    OfficerApi(Sessions sessions, CurrentOfficer current, CaseQueries queries, CaseActions actions,
            CaseAttachments attachments, RateLimits limits) {
        this.limits = limits;
        this.sessions = sessions;
        this.current = current;
        this.queries = queries;
        this.actions = actions;
        this.attachments = attachments;
    }

    @POST
    @Path("/sign-in")
    public Session signIn(SignIn body) {
        limits.take(SIGN_IN, body == null ? null : body.iin());
        if (body == null || body.iin() == null || body.password() == null) {
            throw new RejectedException(ReasonCode.VALIDATION_FAILED, "iin and password are required");
        }
        Sessions.Issued s = sessions.signIn(body.iin(), body.password());
        return new Session(s.token(), s.expiresAt(), Me.of(s.officer()));
    }

    @POST
    @Path("/sign-out")
    public Response signOut() {
        current.get();
        sessions.signOut(current.token());
        return Response.noContent().build();
    }

    @GET
    @Path("/me")
    public Me me() {
        return Me.of(current.get());
    }

    /** Open cases at a step of the officer's roles; overdue first, then by the step's due time. */
    @GET
    @Path("/queue")
    public List<CaseViews.QueueItem> queue(@QueryParam("role") OfficerRole role, @QueryParam("status") String status,
            @QueryParam("overdue") Boolean overdue) {
        return queries.queue(current.get(), role, status, overdue);
    }

    /** The provider's cases of one citizen (audited). */
    @GET
    @Path("/cases")
    public List<CaseViews.QueueItem> byApplicant(@QueryParam("iin") String iin) {
        return queries.byApplicant(current.get(), iin);
    }

    @GET
    @Path("/cases/{id}")
    public CaseViews.CaseView read(@PathParam("id") String id) {
        return queries.read(current.get(), id);
    }

    /** The exact bytes the signing officer signs (a ResultDocument JSON). */
    @GET
    @Path("/cases/{id}/result-document")
    public Response resultDocument(@PathParam("id") String id) {
        byte[] doc = actions.resultDocument(current.get(), id);
        return Response.ok(doc, MediaType.APPLICATION_JSON_TYPE).header("X-Document-Sha256", SealInput.sha256Hex(doc))
                .build();
    }

    /** A file of the request, fetched from the gateway's attachment store as this provider (audited). */
    @GET
    @Path("/cases/{id}/attachments/{sha256}")
    @Produces(MediaType.WILDCARD)
    public Response attachment(@PathParam("id") String id, @PathParam("sha256") String sha256) {
        CaseAttachments.Download d = attachments.download(current.get(), id, sha256);
        String name = d.ref().fileName() == null ? sha256 : d.ref().fileName().replaceAll("[^\\w.\\-]", "_");
        return Response.ok(d.content(), d.ref().mediaType()).header("X-Content-Sha256", d.ref().sha256())
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"").build();
    }

    @POST
    @Path("/cases/{id}/actions")
    public CaseViews.CaseView act(@PathParam("id") String id, ActionRequest body) {
        return actions.act(current.get(), id, body);
    }
}
