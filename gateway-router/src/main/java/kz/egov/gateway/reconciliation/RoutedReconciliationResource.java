package kz.egov.gateway.reconciliation;

import java.util.List;

import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import kz.egov.platform.reconciliation.Since;

/**
 * Platform operators, read only: the requests received since a time and where they went
 * ({@code GET /admin/reconciliation/requests?since=ISO-8601}), for reconciliation after a fault run.
 */
@Path("/admin/reconciliation/requests")
@Produces(MediaType.APPLICATION_JSON)
public class RoutedReconciliationResource {

    private final RoutedLedger ledger;

    RoutedReconciliationResource(RoutedLedger ledger) {
        this.ledger = ledger;
    }

    @GET
    @Transactional
    public List<RoutedLedgerEntry> requests(@QueryParam("since") String since) {
        return ledger.since(Since.parse(since));
    }
}
