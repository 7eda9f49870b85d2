package vn.khaothi.web.gradebook;

import vn.khaothi.itembank.domain.Refusal;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import vn.khaothi.engine.application.gradebook.Amendments;
import vn.khaothi.engine.application.gradebook.GradebookImports;
import vn.khaothi.engine.application.gradebook.GradebookPrints;
import vn.khaothi.engine.application.gradebook.GradebookService;
import vn.khaothi.engine.application.gradebook.GradebookSheets;
import vn.khaothi.engine.application.gradebook.GradebookViews;
import vn.khaothi.web.error.ApiException;
import vn.khaothi.web.security.Allowed;
import vn.khaothi.web.security.Audience;

/**
 * The gradebook (sổ điểm) over HTTP (api-contract.md, "Gradebook (sổ điểm) and results"): a
 * subject's sheet, entering a score, the lock, amendments after it, the history, export and import.
 * Who may do what is the engine's decision; this class only translates.
 */
@Path("/gradebook")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Allowed(Audience.TEACHERS_AND_LEADERS)
public class GradebookResource {

    private static final int MAX_IMPORT_BYTES = 5 * 1024 * 1024;

    @Inject
    GradebookService gradebook;

    @Inject
    GradebookImports imports;

    @Inject
    Amendments amendments;

    @Inject
    vn.khaothi.engine.application.gradebook.GradebookOptions options;

    @Context
    SecurityContext security;

    @GET
    @Operation(summary = "A subject's gradebook for a class and semester: columns TX1…TXn, GK, CK, rows with scores, "
            + "ĐTBmhk from the rules once every column is filled, citations; 403 for students and other teachers")
    public GradebookJson.Sheet sheet(@QueryParam("class") String classCode, @QueryParam("subject") String subject,
                                     @QueryParam("semester") String semester) {
        return GradebookJson.Sheet.of(gradebook.sheet(GradebookCallers.actor(security), classCode, subject,
                GradebookCallers.semester(semester)));
    }

    @GET
    @Path("/options")
    @Operation(summary = "The classes and subjects whose gradebook the caller may open (and write)")
    public JsonArray options() {
        return GradebookJson.options(options.options(GradebookCallers.actor(security)));
    }

    @PUT
    @Path("/scores")
    @Consumes(MediaType.APPLICATION_JSON)
    @Allowed(Audience.TEACHERS)
    @Operation(summary = "Enter one score {class, subject, semester, studentId, column, score, reason?, version?} → 200 "
            + "{row, stored, rounded, notice}; 400 SCORE_INVALID naming the field; 403; 409 GRADEBOOK_LOCKED or STALE_WRITE")
    public GradebookJson.Written write(JsonObject body) {
        JsonObject b = GradebookCallers.body(body);
        return GradebookJson.Written.of(gradebook.write(GradebookCallers.actor(security), new GradebookService.ScoreWrite(
                GradebookCallers.text(b, "class", true), GradebookCallers.text(b, "subject", true),
                GradebookCallers.integer(b, "semester"), GradebookCallers.text(b, "studentId", true),
                GradebookCallers.text(b, "column", true), GradebookCallers.score(b, "score"),
                GradebookCallers.text(b, "reason", false), GradebookCallers.optionalInteger(b, "version"))));
    }

    @POST
    @Path("/lock")
    @Consumes(MediaType.APPLICATION_JSON)
    @Allowed(Audience.LEADERS)
    @Operation(summary = "Lock (chốt sổ) a class's semester {class, semester}: the principal, or a deputy under a delegation")
    public JsonObject lock(JsonObject body) {
        JsonObject b = GradebookCallers.body(body);
        return GradebookJson.lock(gradebook.lock(GradebookCallers.actor(security), GradebookCallers.text(b, "class", true),
                GradebookCallers.integer(b, "semester")));
    }

    @GET
    @Path("/history")
    @Operation(summary = "Append-only history of cells from the audit chain: [{column, old, new, by, at, reason, source}]")
    public List<GradebookJson.HistoryLine> history(@QueryParam("class") String classCode, @QueryParam("subject") String subject,
                                                   @QueryParam("semester") String semester,
                                                   @QueryParam("studentId") String studentId) {
        return gradebook.history(GradebookCallers.actor(security), classCode, subject, GradebookCallers.semester(semester), studentId)
                .stream().map(GradebookJson.HistoryLine::of).toList();
    }

    @GET
    @Path("/export")
    @Produces({"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "application/pdf", MediaType.APPLICATION_JSON})
    @Operation(summary = "The gradebook as xlsx (VnEdu/SMAS column layout) or pdf")
    public Response export(@QueryParam("class") String classCode, @QueryParam("subject") String subject,
                           @QueryParam("semester") String semester, @QueryParam("format") String format) {
        String f = format == null ? "xlsx" : format.strip().toLowerCase(java.util.Locale.ROOT);
        if (!f.equals("xlsx") && !f.equals("pdf")) {
            throw ApiException.invalid("format", "format là xlsx hoặc pdf");
        }
        GradebookViews.Sheet sheet = gradebook.sheet(GradebookCallers.actor(security), classCode, subject,
                GradebookCallers.semester(semester));
        String name = "so-diem-" + sheet.classCode() + "-" + sheet.subject() + "-hk" + sheet.semester() + "." + f;
        return Response.ok(f.equals("xlsx") ? GradebookSheets.xlsx(sheet) : GradebookPrints.gradebook(sheet))
                .type(f.equals("xlsx") ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"").build();
    }

    @POST
    @Path("/imports")
    @Consumes(MediaType.WILDCARD)
    @Allowed(Audience.TEACHERS)
    @Operation(summary = "Import an xlsx or csv (?format=csv, or a text/csv body) of a column or the whole gradebook: "
            + "all or nothing, 422 IMPORT_INVALID with every problem's row and cell in Vietnamese")
    public JsonObject importSheet(@QueryParam("class") String classCode, @QueryParam("subject") String subject,
                                  @QueryParam("semester") String semester, @QueryParam("format") String format,
                                  @jakarta.ws.rs.HeaderParam("Content-Type") String contentType, InputStream body) {
        boolean csv = "csv".equalsIgnoreCase(format) || contentType != null && contentType.toLowerCase().startsWith("text/");
        return GradebookJson.imported(imports.importSheet(GradebookCallers.actor(security), classCode, subject,
                GradebookCallers.semester(semester), read(body), csv));
    }

    @GET
    @Path("/amendments")
    @Operation(summary = "Amendments after the lock: all for management, a teacher's own otherwise")
    public JsonArray amendments() {
        return GradebookJson.amendments(amendments.list(GradebookCallers.actor(security)));
    }

    @POST
    @Path("/amendments")
    @Consumes(MediaType.APPLICATION_JSON)
    @Allowed(Audience.TEACHERS)
    @Operation(summary = "Ask for a change after the lock {class, subject, semester, studentId, column, score, reason} → 201 PENDING")
    public Response requestAmendment(JsonObject body) {
        JsonObject b = GradebookCallers.body(body);
        return Response.status(201).entity(GradebookJson.amendment(amendments.request(GradebookCallers.actor(security),
                GradebookCallers.text(b, "class", true), GradebookCallers.text(b, "subject", true),
                GradebookCallers.integer(b, "semester"), GradebookCallers.text(b, "studentId", true),
                GradebookCallers.text(b, "column", true), GradebookCallers.score(b, "score"),
                GradebookCallers.text(b, "reason", false)))).build();
    }

    @POST
    @Path("/amendments/{id}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @Allowed(Audience.LEADERS)
    @Operation(summary = "Approve (the change is written, source AMENDMENT) or reject an amendment {approve, note}")
    public JsonObject decide(@PathParam("id") long id, JsonObject body) {
        JsonObject b = GradebookCallers.body(body);
        return GradebookJson.amendment(amendments.decide(GradebookCallers.actor(security), id,
                "true".equals(GradebookCallers.text(b, "approve", true)), GradebookCallers.text(b, "note", false)));
    }

    private static byte[] read(InputStream body) {
        if (body == null) {
            return new byte[0];
        }
        try {
            byte[] file = body.readNBytes(MAX_IMPORT_BYTES + 1);
            if (file.length > MAX_IMPORT_BYTES) {
                throw new ApiException(Refusal.Kind.TOO_LARGE, "FILE_TOO_LARGE", "Tệp lớn hơn 5 MB", null);
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
