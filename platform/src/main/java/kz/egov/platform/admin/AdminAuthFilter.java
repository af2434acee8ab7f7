package kz.egov.platform.admin;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;

import kz.egov.contract.problem.Problem;
import kz.egov.contract.reason.ReasonCode;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/** Every {@code /admin/...} call needs a platform operator's credentials (HTTP Basic over loopback or TLS). */
public class AdminAuthFilter {

    private final AdminAccounts accounts;

    AdminAuthFilter(AdminAccounts accounts) {
        this.accounts = accounts;
    }

    @ServerRequestFilter
    public Response authenticate(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (!path.startsWith("/admin")) {
            return null;
        }
        String header = request.getHeaderString("Authorization");
        if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
            try {
                String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
                int colon = decoded.indexOf(':');
                if (colon > 0 && accounts.verify(decoded.substring(0, colon), decoded.substring(colon + 1))) {
                    return null;
                }
            } catch (IllegalArgumentException malformed) {
                // falls through to 401
            }
        }
        Problem p = Problem.of(ReasonCode.UNAUTHENTICATED, "platform operator credentials required", path, "ru");
        return Response.status(401).header("WWW-Authenticate", "Basic realm=\"egov-admin\"").type(Problem.MEDIA_TYPE)
                .entity(p).build();
    }
}
