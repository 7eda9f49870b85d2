package vn.khaothi.web.analytics;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.khaothi.engine.application.analytics.SittingAnalytics;
import vn.khaothi.engine.application.sitting.Viewer;
import vn.khaothi.web.security.Allowed;
import vn.khaothi.web.security.Caller;

/**
 * Analytics (api-contract.md, "Analytics"): a sitting's item analysis, statistics for leaders and
 * the comparison of periodic with regular results (đối sánh). Staff only: students never see item
 * statistics or anyone else's results.
 */
@Path("/analytics")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(name = "Analytics", description = "Item analysis, statistics for leaders, đối sánh")
@Allowed({"TEACHER", "DEPARTMENT_HEAD", "PRINCIPAL", "DEPUTY_PRINCIPAL", "ADMIN"})
public class AnalyticsResource {

    @Inject
    SittingAnalytics sittingAnalytics;

    @Context
    SecurityContext security;

    private Viewer viewer() {
        Caller caller = (Caller) security.getUserPrincipal();
        return new Viewer(caller.username(), caller.roles());
    }

    @GET
    @Path("/sittings/{id}")
    @Operation(summary = "Item analysis of a sitting (online or scanned): attempts, mean, sd, distribution, reliability "
            + "(KR-20|null, Cronbach's alpha, SEM), per item facility, corrected item-total discrimination, options "
            + "(bank ids, share, key, meanTotal) and flags. For the sitting's staff, the department head of its subject and "
            + "the management; once the sitting has closed, the items' statistics in the bank are updated")
    public JsonObject sitting(@PathParam("id") long id) {
        return sittingAnalytics.analyse(id, viewer());
    }
}
