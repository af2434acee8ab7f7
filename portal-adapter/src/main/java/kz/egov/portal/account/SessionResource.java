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

/** Sign-in (process 1, condition 1) and sign-out. */
@Path("/api/sessions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SessionResource {

    private final SignIn signIn;
    private final Sessions sessions;

    SessionResource(SignIn signIn, Sessions sessions) {
        this.signIn = signIn;
        this.sessions = sessions;
    }

    @POST
    public Response signIn(SignIn.Credentials credentials) {
        return Response.status(201).entity(signIn.signIn(credentials)).build();
    }

    @DELETE
    public Response signOut(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        sessions.require(authorization);
        sessions.close(authorization);
        return Response.noContent().build();
    }
}
