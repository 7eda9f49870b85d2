package vn.khaothi.web.remote;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import vn.khaothi.engine.application.remote.Notifications;
import vn.khaothi.web.error.ApiException;

/** The signed-in person's in-app notifications (the bell in the top bar). */
@Path("/notifications")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
public class NotificationResource {

    @Inject
    Notifications notifications;

    @Context
    SecurityContext security;

    @GET
    @Operation(summary = "The caller's latest notifications (newest first, at most 50) and how many are unread")
    public RemoteViews.NotificationList list() {
        String me = Callers.actor(security).username();
        return new RemoteViews.NotificationList(notifications.unread(me),
                notifications.of(me).stream().map(RemoteViews.NotificationView::of).toList());
    }

    @POST
    @Path("/{id}/read")
    @Operation(summary = "Marks one of the caller's notifications read; 404 for anyone else's")
    public Map<String, Object> read(@PathParam("id") long id) {
        String me = Callers.actor(security).username();
        if (!notifications.markRead(me, id)) {
            throw ApiException.notFound("Notification");
        }
        return Map.of("unread", notifications.unread(me));
    }

    @POST
    @Path("/read-all")
    @Operation(summary = "Marks all the caller's notifications read")
    public Map<String, Object> readAll() {
        String me = Callers.actor(security).username();
        notifications.markAllRead(me);
        return Map.of("unread", notifications.unread(me));
    }
}
