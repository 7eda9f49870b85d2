package vn.khaothi.web.sitting;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.khaothi.engine.application.sitting.MarkingService;
import vn.khaothi.engine.domain.marking.MarkInput;
import vn.khaothi.web.error.ApiException;
import vn.khaothi.web.security.Allowed;
import vn.khaothi.web.security.Audience;

/**
 * Marking (chấm bài, issue 13): the marker's queue of a sitting, marks by rubric criteria, the
 * head's decision on a dispute, the marking policy and the release of blind codes. The rules are
 * the engine's ({@link MarkingService}); this is the HTTP adapter.
 */
@Path("/sittings/{id}/marking")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(name = "Marking", description = "Marking of essays: rubric, blind codes, double marking")
public class MarkingResource {

    @Inject
    MarkingService marking;

    @Context
    SecurityContext security;

    @GET
    @Allowed(Audience.STAFF)
    @Operation(summary = "The marking queue: policy, progress (complete, waiting, disputed) and every manually marked "
            + "item with the answer, the guidance, the rubric, its status and the marks the caller may see; codes, "
            + "not names, while a blind sitting is not released")
    public JsonObject queue(@PathParam("id") long id) {
        return MarkingJson.queue(marking.queue(id, SittingResource.viewer(security)));
    }

    @GET
    @Path("/complete")
    @Allowed(Audience.STAFF)
    @Operation(summary = "{\"complete\":bool}: every manually marked item has its final mark")
    public Map<String, Object> complete(@PathParam("id") long id) {
        marking.queue(id, SittingResource.viewer(security));  // the same access rule as the queue
        return Map.of("complete", marking.markingComplete(id));
    }

    @POST
    @Path("/marks")
    @Consumes(MediaType.APPLICATION_JSON)
    @Allowed(Audience.STAFF)
    @Operation(summary = "A mark (first, second or third as the item's state says) or, with decision, the head's "
            + "decision on a disputed item; 400 naming the criterion, 409 SAME_MARKER / ALREADY_FINAL / NOT_DISPUTED / NOT_HEAD")
    public JsonObject mark(@PathParam("id") long id, @Valid @NotNull MarkRequest r) {
        long itemId;
        try {
            itemId = Long.parseLong(r.itemId);
        } catch (NumberFormatException e) {
            throw ApiException.invalid("itemId", "itemId is an item id");
        }
        return MarkingJson.item(marking.mark(id, new MarkingService.PaperRef(r.attemptId, r.code), itemId,
                new MarkInput(r.points, r.criteria, r.comment), Boolean.TRUE.equals(r.decision), r.reason,
                SittingResource.viewer(security)));
    }

    @PUT
    @Path("/policy")
    @Consumes(MediaType.APPLICATION_JSON)
    @Allowed(Audience.STAFF)
    @Operation(summary = "Blind and double marking of the sitting, before any mark (409 MARKING_STARTED after)")
    public JsonObject policy(@PathParam("id") long id, @NotNull MarkingPolicyRequest r) {
        var policy = MarkingService.policyOf(r.blind, r.doubleMarking, r.threshold);
        marking.setPolicy(id, policy, SittingResource.viewer(security));
        return MarkingJson.queue(marking.queue(id, SittingResource.viewer(security)));
    }

    @POST
    @Path("/release")
    @Allowed(Audience.STAFF)
    @Operation(summary = "Release the names of a blind sitting once its marking is complete (409 NOT_GRADED before)")
    public JsonObject release(@PathParam("id") long id) {
        marking.release(id, SittingResource.viewer(security));
        return MarkingJson.queue(marking.queue(id, SittingResource.viewer(security)));
    }
}
