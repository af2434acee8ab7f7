package kz.egov.portal.cabinet;

import java.util.List;

import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import kz.egov.contract.reason.ReasonCode;
import kz.egov.contract.reason.RejectedException;
import kz.egov.portal.account.Citizen;
import kz.egov.portal.account.Sessions;

/** «Уведомления» of the personal cabinet. */
@Path("/api/notifications")
@Produces(MediaType.APPLICATION_JSON)
public class NotificationResource {

    private final Sessions sessions;
    private final Notifications notifications;

    NotificationResource(Sessions sessions, Notifications notifications) {
        this.sessions = sessions;
        this.notifications = notifications;
    }

    @GET
    @Transactional
    public List<NotificationView> list(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @QueryParam("unread") boolean unreadOnly) {
        Citizen c = sessions.require(authorization);
        return notifications.of(c.iin(), c.language(), unreadOnly);
    }

    @POST
    @Path("/{id}/read")
    @Transactional
    public Response read(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @PathParam("id") long id) {
        Citizen c = sessions.require(authorization);
        if (!notifications.markRead(c.iin(), id)) {
            throw new RejectedException(ReasonCode.NOT_FOUND, "no notification " + id);
        }
        return Response.noContent().build();
    }
}
