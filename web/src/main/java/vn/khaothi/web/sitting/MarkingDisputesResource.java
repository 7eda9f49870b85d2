package vn.khaothi.web.sitting;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.khaothi.engine.application.sitting.MarkingService;
import vn.khaothi.web.security.Allowed;
import vn.khaothi.web.security.Audience;

/**
 * The double-marked sittings whose disputed items wait for the caller's decision (the department
 * head of their subject, or the management): the marking page lists them for a head who neither
 * created nor proctored the sitting.
 */
@Path("/marking/disputes")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(name = "Marking", description = "Marking of essays: rubric, blind codes, double marking")
public class MarkingDisputesResource {

    @Inject
    MarkingService marking;

    @Context
    SecurityContext security;

    @GET
    @Allowed(Audience.APPROVERS_AND_ADMIN)
    @Operation(summary = "Sittings with disputed items (two marks further apart than the threshold) waiting for the "
            + "caller's decision: a department head's own subjects, every one for the management → "
            + "[{sittingId, title, subject, opensAt, disputed}]")
    public JsonArray disputes() {
        return MarkingJson.disputes(marking.disputes(SittingResource.viewer(security)));
    }
}
