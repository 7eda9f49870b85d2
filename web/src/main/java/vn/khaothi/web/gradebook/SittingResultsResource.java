package vn.khaothi.web.gradebook;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import vn.khaothi.engine.application.gradebook.PublishedScores;
import vn.khaothi.engine.application.gradebook.SittingResults;
import vn.khaothi.web.security.Allowed;
import vn.khaothi.web.security.Audience;

/** Publishing a sitting's results into its gradebook column (kept apart from the sittings resource). */
@Path("/sittings/{id}/results")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
public class SittingResultsResource {

    @Inject
    SittingResults results;

    @Inject
    vn.khaothi.engine.application.analytics.SittingAnalytics analytics;

    @Context
    SecurityContext security;

    @POST
    @Path("/publish")
    @Allowed(Audience.TEACHERS_AND_LEADERS)
    @Operation(summary = "Write every graded student's score (Art. 5.3.b rounding) to the sitting's gradebookColumn → "
            + "200 {written}; 409 NOT_GRADED while an essay waits; the creator or a teacher of its subject in its class")
    public JsonObject publish(@PathParam("id") long id) {
        PublishedScores written = results.publish(GradebookCallers.actor(security), id);
        // Published results are final: the bank's item statistics take this sitting now (idempotent per sitting).
        analytics.refreshBank(id);
        return GradebookJson.published(written);
    }
}
