package vn.khaothi.web.sitting;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.khaothi.engine.application.sitting.AttemptReports;
import vn.khaothi.engine.application.sitting.AttemptService;
import vn.khaothi.engine.application.sitting.SittingViews;
import vn.khaothi.web.error.ApiException;
import vn.khaothi.web.security.Allowed;
import vn.khaothi.web.security.Audience;

/** Attempts: the attempt, its report (timeline) and essay grading. */
@Path("/attempts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(name = "Sittings")
public class AttemptResource {

    @Inject
    AttemptService attempts;

    @Inject
    AttemptReports reports;

    @Inject
    AttemptViews views;

    @Context
    SecurityContext security;

    @GET
    @Path("{id}")
    @Operation(summary = "An attempt: {status, score, answers:{itemId:{seq,response}}, …}; the owner sees the score "
            + "and per-item results as the sitting's review policy allows, the sitting's staff always")
    public JsonObject get(@PathParam("id") long id) {
        return views.view(attempts.view(id, SittingResource.viewer(security)));
    }

    @GET
    @Path("{id}/report")
    @Operation(summary = "The timeline of an attempt (answers, superseded ones included, and integrity events) "
            + "and its item scores, for the sitting's staff")
    public SittingViews.AttemptReport report(@PathParam("id") long id) {
        return reports.report(id, SittingResource.viewer(security));
    }

    @POST
    @Path("{id}/grades")
    @Consumes(MediaType.APPLICATION_JSON)
    @Allowed(Audience.STAFF)
    @Operation(summary = "Grade an essay item waiting for a teacher; the attempt becomes GRADED with its last one")
    public JsonObject grade(@PathParam("id") long id, @Valid @NotNull GradeRequest r) {
        long itemId;
        try {
            itemId = Long.parseLong(r.itemId);
        } catch (NumberFormatException e) {
            throw ApiException.invalid("itemId", "itemId is an item id");
        }
        return views.view(attempts.gradeItem(id, itemId, r.points, SittingResource.viewer(security)));
    }
}
