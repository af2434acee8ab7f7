package kz.egov.platform.reconciliation;

import java.util.List;

import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import kz.egov.contract.envelope.MessageType;
import kz.egov.contract.reason.ReasonCode;
import kz.egov.contract.reason.RejectedException;

/**
 * Platform operators, read only: what this service sent since a time ({@code GET /admin/reconciliation/sent?since=
 * ISO-8601&type=STATUS_CHANGE}), to reconcile deliveries across services after a fault run ({@code egov chaos}).
 */
@Path("/admin/reconciliation/sent")
@Produces(MediaType.APPLICATION_JSON)
public class SentMessagesResource {

    private final SentMessages sent;

    SentMessagesResource(SentMessages sent) {
        this.sent = sent;
    }

    @GET
    @Transactional
    public List<SentMessage> sent(@QueryParam("since") String since, @QueryParam("type") String type) {
        return sent.since(Since.parse(since), type == null || type.isBlank() ? null : messageType(type));
    }

    private static MessageType messageType(String type) {
        try {
            return MessageType.valueOf(type);
        } catch (IllegalArgumentException e) {
            throw new RejectedException(ReasonCode.VALIDATION_FAILED, "no message type " + type);
        }
    }
}
