package vn.khaothi.web.sitting;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
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
import vn.khaothi.engine.application.sitting.SittingService;
import vn.khaothi.engine.application.sitting.SittingViews;
import vn.khaothi.web.security.Allowed;
import vn.khaothi.web.security.Audience;

/** Integrity incidents: a proctor's review (confirm/dismiss) and the school's false-positive report. */
@Path("/incidents")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(name = "Sittings")
public class IncidentResource {

    @Inject
    AttemptReports reports;

    @Inject
    SittingService sittings;

    @Context
    SecurityContext security;

    @POST
    @Path("{id}/review")
    @Consumes(MediaType.APPLICATION_JSON)
    @Allowed(Audience.STAFF)
    @Operation(summary = "Confirm or dismiss an incident (the id of the monitor's incident message)")
    public SittingViews.ReviewedIncident review(@PathParam("id") long id, @Valid @NotNull ReviewRequest r) {
        return reports.review(id, r.decision, SittingResource.viewer(security));
    }

    @GET
    @Path("report")
    @Operation(summary = "Incidents of the whole school per kind with the false-positive rate (management)")
    public SittingViews.IncidentReport schoolReport() {
        return sittings.incidentReport(null, SittingResource.viewer(security));
    }
}
