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
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.khaothi.engine.application.sitting.AttemptReports;
import vn.khaothi.engine.application.sitting.AttemptService;
import vn.khaothi.engine.application.sitting.NewSitting;
import vn.khaothi.engine.application.sitting.SittingService;
import vn.khaothi.engine.application.sitting.SittingViews;
import vn.khaothi.itembank.domain.workflow.Actor;
import vn.khaothi.proctor.live.LiveHub;
import vn.khaothi.web.security.Allowed;
import vn.khaothi.web.security.Audience;
import vn.khaothi.web.security.Caller;

/**
 * Sittings (api-contract.md, "Sittings and attempts"): create, "mine", one sitting, the start of
 * an attempt (with the online-permission check of issue 7) and the incident report.
 */
@Path("/sittings")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(name = "Sittings", description = "Sittings, attempts and their live proctoring")
public class SittingResource {

    @Inject
    SittingService sittings;

    @Inject
    AttemptService attempts;

    @Inject
    LiveHub hub;

    @Inject
    AttemptReports reports;

    @Inject
    AttemptViews views;

    @Context
    SecurityContext security;

    static Actor viewer(SecurityContext security) {
        Caller caller = (Caller) security.getUserPrincipal();
        return caller.actor();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Allowed(Audience.STAFF)
    @Operation(summary = "Create a sitting of an APPROVED paper (409 PAPER_NOT_APPROVED otherwise) for a class or "
            + "students, with a window, duration, mode, proctors, optional admission, accommodations, review policy and staggered start")
    public Response create(@Valid @NotNull SittingRequest r) {
        // Marking options are checked before anything is created, so a bad threshold changes nothing.
        var marking = vn.khaothi.engine.application.sitting.MarkingService.policyOf(r.blindMarking, r.doubleMarking,
                r.markingThreshold);
        long id = sittings.create(viewer(security), new NewSitting(r.paperId, r.title, r.classCode, r.students, r.opensAt,
                r.closesAt, r.durationMinutes, r.mode, r.proctors, Boolean.TRUE.equals(r.admissionRequired),
                r.accommodations, r.reviewPolicy, r.staggerSeconds), r.gradebookColumn);
        if (marking.blind() || marking.doubleMarking()) {
            attempts.marking().setPolicy(id, marking, viewer(security));
        }
        return Response.status(201).entity(Map.of("id", id)).build();
    }

    @GET
    @Path("/mine")
    @Operation(summary = "The caller's sittings: as a student (with the attempt id and status), as a proctor, "
            + "or created by them")
    public SittingViews.MySittings mine() {
        return sittings.mine(viewer(security));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One sitting; its staff also get the roster, a candidate gets myAttempt")
    public SittingViews.SittingView get(@PathParam("id") long id) {
        return sittings.view(id, viewer(security), hub::isConnected);
    }

    @POST
    @Path("/{id}/attempts")
    @Allowed(Audience.STUDENTS)
    @Operation(summary = "The student starts (or gets back) their attempt: 201 {attemptId, deadline, items}; "
            + "403 ONLINE_NOT_PERMITTED for a periodic or retest sitting online without an approved request")
    public Response start(@PathParam("id") long id) {
        // The engine asks its OnlineStartPermission port; a refusal is an OnlineNotPermittedException (403).
        JsonObject started = views.started(attempts.start(id, viewer(security)));
        return Response.status(201).entity(started).build();
    }

    @GET
    @Path("/{id}/grading")
    @Operation(summary = "The essays of the sitting waiting for a teacher, with the students' answers: "
            + "{\"items\":[{attemptId, studentId, studentName, versionCode, itemId, position, maxPoints, response}]}")
    public Map<String, Object> grading(@PathParam("id") long id) {
        return Map.of("items", reports.gradingQueue(id, viewer(security)));
    }

    @GET
    @Path("/{id}/incidents/report")
    @Operation(summary = "Incidents of the sitting per kind: raised, confirmed, dismissed, unreviewed and the "
            + "false-positive rate (dismissed / reviewed)")
    public SittingViews.IncidentReport incidentReport(@PathParam("id") long id) {
        return sittings.incidentReport(id, viewer(security));
    }
}
