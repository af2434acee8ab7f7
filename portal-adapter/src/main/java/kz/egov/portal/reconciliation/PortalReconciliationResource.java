package kz.egov.portal.reconciliation;

import java.util.List;

import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import kz.egov.platform.reconciliation.Since;

/**
 * Platform operators, read only: the requests submitted since a time with their statuses
 * ({@code GET /admin/reconciliation/requests?since=ISO-8601}), for reconciliation after a fault run. No IINs.
 */
@Path("/admin/reconciliation/requests")
@Produces(MediaType.APPLICATION_JSON)
public class PortalReconciliationResource {

    private final PortalLedger ledger;

    PortalReconciliationResource(PortalLedger ledger) {
        this.ledger = ledger;
    }

    @GET
    @Transactional
    public List<PortalLedgerEntry> requests(@QueryParam("since") String since) {
        return ledger.since(Since.parse(since));
    }
}
