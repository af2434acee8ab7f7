package kz.egov.portal.catalog;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import kz.egov.portal.account.Citizen;
import kz.egov.portal.account.Sessions;
import kz.egov.portal.rest.Language;

/** The service catalog on the portal: public, plus the signed-in citizen's own variant. */
@Path("/api/services")
@Produces(MediaType.APPLICATION_JSON)
public class CatalogResource {

    private final PortalCatalog catalog;
    private final Sessions sessions;

    @Context
    HttpHeaders headers;

    CatalogResource(PortalCatalog catalog, Sessions sessions) {
        this.catalog = catalog;
        this.sessions = sessions;
    }

    /** The base services on the portal channel ({@code ?all=true}: every base service, with why it is not here). */
    @GET
    public List<ServiceView> list(@QueryParam("all") boolean all) {
        return catalog.services(language(), !all);
    }

    @GET
    @Path("/{code}")
    public ServiceView one(@PathParam("code") String code) {
        return catalog.service(code, language());
    }

    @GET
    @Path("/{code}/my-variant")
    public VariantView myVariant(@PathParam("code") String code,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        Citizen c = sessions.require(authorization);
        String requested = Language.requested(headers.getAcceptableLanguages());
        return catalog.variantOf(code, c.iin(), requested == null ? c.language() : requested);
    }

    private String language() {
        String requested = Language.requested(headers.getAcceptableLanguages());
        return requested == null ? Language.RU : requested;
    }
}
