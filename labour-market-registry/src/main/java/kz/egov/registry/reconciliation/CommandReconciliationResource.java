package kz.egov.registry.reconciliation;

import java.util.List;

import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import kz.egov.platform.reconciliation.Since;

/**
 * Platform operators, read only: the commands processed since a time and their effects
 * ({@code GET /admin/reconciliation/commands?since=ISO-8601}), for reconciliation after a fault run.
 */
@Path("/admin/reconciliation/commands")
@Produces(MediaType.APPLICATION_JSON)
public class CommandReconciliationResource {

    private final CommandLedger ledger;

    CommandReconciliationResource(CommandLedger ledger) {
        this.ledger = ledger;
    }

    @GET
    @Transactional
    public List<CommandLedgerEntry> commands(@QueryParam("since") String since) {
        return ledger.since(Since.parse(since));
    }
}
