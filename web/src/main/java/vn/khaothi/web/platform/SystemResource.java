package vn.khaothi.web.platform;

import vn.khaothi.web.security.Allowed;
import vn.khaothi.web.security.Audience;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import vn.khaothi.engine.application.platform.Database;

/** What operators need to see at a glance: schema version, database, demo mode. */
@Path("/admin/system")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
public class SystemResource {

    @Inject
    PlatformState state;

    public record SystemInfo(String schemaVersion, String database, boolean demoMode, boolean ready) {
    }

    @GET
    @Allowed(Audience.ADMIN)
    @Operation(summary = "Schema version, database and demo mode of this node")
    public SystemInfo info() {
        return new SystemInfo(state.schemaVersion(), Database.describe(), state.demoMode(), state.isReady());
    }
}
