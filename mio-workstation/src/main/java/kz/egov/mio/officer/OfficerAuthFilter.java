package kz.egov.mio.officer;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;

import kz.egov.contract.problem.Problem;
import kz.egov.contract.reason.ReasonCode;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/** Every {@code /api/...} call except sign-in needs an officer's bearer token. */
public class OfficerAuthFilter {

    private final Sessions sessions;
    private final CurrentOfficer current;

    OfficerAuthFilter(Sessions sessions, CurrentOfficer current) {
        this.sessions = sessions;
        this.current = current;
    }

    @ServerRequestFilter
    public Response authenticate(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (!path.startsWith("/api/") || path.equals("/api/sign-in")) {
            return null;
        }
        String header = request.getHeaderString("Authorization");
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            String token = header.substring(7).trim();
            var officer = sessions.resolve(token);
            if (officer.isPresent()) {
                current.set(officer.get(), token);
                return null;
            }
        }
        Problem p = Problem.of(ReasonCode.AUTH_TOKEN_INVALID, "officer sign-in required", path, "ru");
        return Response.status(401).header("WWW-Authenticate", "Bearer").type(Problem.MEDIA_TYPE).entity(p).build();
    }
}
