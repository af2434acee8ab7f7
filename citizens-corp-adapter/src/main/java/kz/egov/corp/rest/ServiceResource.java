package kz.egov.corp.rest;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import kz.egov.catalog.ServiceCatalog;
import kz.egov.catalog.model.ChecklistDocument;
import kz.egov.catalog.model.DocumentChecklist;
import kz.egov.catalog.model.Variant;
import kz.egov.corp.branch.BranchServices;
import kz.egov.corp.operator.Sessions;
import kz.egov.corp.operator.SignedIn;

/** The services the operator's branch accepts and the checklist of each (the catalog's SAMPLE lists). */
@Path("/api/services")
@Produces(MediaType.APPLICATION_JSON)
public class ServiceResource {

    /** A variant's checklist as the desk shows it. */
    public record Checklist(String serviceCode, String variantCode, boolean sample, String source,
            List<ChecklistDocument> documents, boolean refusalToAcceptAtStateCorporation) {
    }

    private final Sessions sessions;
    private final BranchServices services;
    private final ServiceCatalog catalog;

    ServiceResource(Sessions sessions, BranchServices services, ServiceCatalog catalog) {
        this.sessions = sessions;
        this.services = services;
        this.catalog = catalog;
    }

    @GET
    public List<BranchServices.Offer> offered(@HeaderParam("Authorization") String authorization) {
        return services.offered(sessions.require(authorization).branch());
    }

    @GET
    @Path("/{serviceCode}/checklist")
    public Checklist checklist(@PathParam("serviceCode") String serviceCode,
            @HeaderParam("Authorization") String authorization) {
        SignedIn desk = sessions.require(authorization);
        Variant v = services.variantAtDesk(desk.branch(), serviceCode, null);
        DocumentChecklist c = v.documentChecklist() != null ? v.documentChecklist()
                : catalog.baseService(serviceCode).documentChecklist();
        return new Checklist(serviceCode, v.code(), c.sample(), c.source(), c.documents(),
                BranchServices.refusesAtDesk(v));
    }
}
