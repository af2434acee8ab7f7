package kz.egov.portal.account;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import kz.egov.platform.ratelimit.RateLimits;

/** Sign-in (process 1, condition 1) and sign-out. */
@Path("/api/sessions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SessionResource {

    private final SignIn signIn;
    private final Sessions sessions;
    private final RateLimits limits;

    SessionResource(SignIn signIn, Sessions sessions, RateLimits limits) {
        this.signIn = signIn;
        this.sessions = sessions;
        this.limits = limits;
    }

    @POST
    public Response signIn(SignIn.Credentials credentials) {
        limits.take(RateLimited.SIGN_IN, credentials == null ? null : credentials.iin());
        return Response.status(201).entity(signIn.signIn(credentials)).build();
    }

    @DELETE
    public Response signOut(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        sessions.require(authorization);
        sessions.close(authorization);
        return Response.noContent().build();
    }
}
