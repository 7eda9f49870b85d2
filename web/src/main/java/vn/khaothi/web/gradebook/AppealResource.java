package vn.khaothi.web.gradebook;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import vn.khaothi.engine.application.gradebook.Appeals;
import vn.khaothi.web.security.Allowed;
import vn.khaothi.web.security.Audience;

/** Appeals (phúc khảo) of a periodic column: file, assign a second marker, the outcome. */
@Path("/gradebook/appeals")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Allowed(Audience.SCHOOL_MEMBERS)
public class AppealResource {

    @Inject
    Appeals appeals;

    @Context
    SecurityContext security;

    @GET
    @Operation(summary = "Appeals the caller may see (own, assigned, their subjects', their class's, all for management)")
    public JsonArray list() {
        return GradebookJson.appeals(appeals.list(GradebookCallers.actor(security)));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Allowed(Audience.TEACHERS_AND_STUDENTS)
    @Operation(summary = "File an appeal {class, subject, semester, studentId?, column GK|CK, reason} → 201 FILED; "
            + "409 APPEAL_WINDOW_CLOSED after the school's number of days")
    public Response file(JsonObject body) {
        JsonObject b = GradebookCallers.body(body);
        return Response.status(201).entity(GradebookJson.appeal(appeals.file(GradebookCallers.actor(security),
                GradebookCallers.text(b, "class", true), GradebookCallers.text(b, "subject", true),
                GradebookCallers.integer(b, "semester"), GradebookCallers.text(b, "studentId", false),
                GradebookCallers.text(b, "column", true), GradebookCallers.text(b, "reason", false)))).build();
    }

    @POST
    @Path("/{id}/assign")
    @Consumes(MediaType.APPLICATION_JSON)
    @Allowed(Audience.DEPARTMENT_HEADS)
    @Operation(summary = "The subject's department head assigns a second marker {marker}")
    public JsonObject assign(@PathParam("id") long id, JsonObject body) {
        return GradebookJson.appeal(appeals.assign(GradebookCallers.actor(security), id,
                GradebookCallers.text(GradebookCallers.body(body), "marker", true)));
    }

    @POST
    @Path("/{id}/outcome")
    @Consumes(MediaType.APPLICATION_JSON)
    @Allowed(Audience.TEACHERS)
    @Operation(summary = "The assigned marker's outcome {score? (none = kept), note} → KEPT or CHANGED, in the history as APPEAL")
    public JsonObject outcome(@PathParam("id") long id, JsonObject body) {
        JsonObject b = GradebookCallers.body(body);
        return GradebookJson.appeal(appeals.decide(GradebookCallers.actor(security), id, GradebookCallers.score(b, "score"),
                GradebookCallers.text(b, "note", false)));
    }
}
