package kz.egov.registry.rest;

import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import kz.egov.contract.reason.ReasonCode;
import kz.egov.contract.reason.RejectedException;
import kz.egov.eds.identity.Iin;
import kz.egov.registry.card.RecordCard;
import kz.egov.registry.card.RecordCards;

/** Operators (platform admin, HTTP Basic): read a personal record card by IIN. Read-only. */
@Path("/admin/cards")
@Produces(MediaType.APPLICATION_JSON)
public class CardResource {

    private final RecordCards cards;

    CardResource(RecordCards cards) {
        this.cards = cards;
    }

    @GET
    @Path("/{iin}")
    @Transactional
    public RecordCard card(@PathParam("iin") String iin) {
        Iin.of(iin);
        return cards.find(iin, false)
                .orElseThrow(() -> new RejectedException(ReasonCode.NOT_FOUND, "no personal record card"));
    }
}
