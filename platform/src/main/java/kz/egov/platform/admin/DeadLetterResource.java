package kz.egov.platform.admin;

import java.util.List;
import java.util.Map;

import jakarta.transaction.Transactional;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import kz.egov.contract.reason.ReasonCode;
import kz.egov.contract.reason.RejectedException;
import kz.egov.platform.messaging.DeadLetters;
import kz.egov.platform.messaging.Inbox;
import kz.egov.platform.messaging.Outbox;

/** Platform operators: dead letters (list, replay) and the counts needed to reconcile deliveries. */
@Path("/admin/messaging")
@Produces(MediaType.APPLICATION_JSON)
public class DeadLetterResource {

    private final DeadLetters deadLetters;
    private final Inbox inbox;
    private final Outbox outbox;

    DeadLetterResource(DeadLetters deadLetters, Inbox inbox, Outbox outbox) {
        this.deadLetters = deadLetters;
        this.inbox = inbox;
        this.outbox = outbox;
    }

    @GET
    @Path("/dead-letters")
    @Transactional
    public List<DeadLetters.DeadLetter> list(@QueryParam("limit") @DefaultValue("100") int limit) {
        return deadLetters.list(Math.min(Math.max(limit, 1), 1000));
    }

    @POST
    @Path("/dead-letters/{id}/replay")
    @Transactional
    public Map<String, Object> replay(@PathParam("id") long id) {
        if (!deadLetters.replay(id)) {
            throw new RejectedException(ReasonCode.NOT_FOUND, "no dead letter " + id);
        }
        return Map.of("replayed", id);
    }

    @GET
    @Path("/counts")
    @Transactional
    public Map<String, Long> counts() {
        return Map.of("inbox", inbox.count(), "outboxPending", outbox.pending(), "outboxPublished", outbox.published(),
                "deadLetters", deadLetters.count());
    }
}
