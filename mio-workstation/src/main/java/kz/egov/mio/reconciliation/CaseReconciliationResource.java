package kz.egov.mio.reconciliation;

import java.util.List;

import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import kz.egov.platform.reconciliation.Since;

/**
 * Platform operators, read only: the cases received since a time and their registry commands
 * ({@code GET /admin/reconciliation/cases?since=ISO-8601}), for reconciliation after a fault run. No IINs.
 */
@Path("/admin/reconciliation/cases")
@Produces(MediaType.APPLICATION_JSON)
public class CaseReconciliationResource {

    private final CaseLedger ledger;

    CaseReconciliationResource(CaseLedger ledger) {
        this.ledger = ledger;
    }

    @GET
    @Transactional
    public List<CaseLedgerEntry> cases(@QueryParam("since") String since) {
        return ledger.since(Since.parse(since));
    }
}
