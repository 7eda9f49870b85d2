package vn.khaothi.web.papers;

import vn.khaothi.itembank.domain.Refusal;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.security.SecureRandom;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import vn.khaothi.itembank.application.assembly.AssemblyMode;
import vn.khaothi.itembank.application.assembly.AssemblyRequest;
import vn.khaothi.itembank.application.assembly.ExposurePolicy;
import vn.khaothi.itembank.application.bank.ItemBank;
import vn.khaothi.engine.application.paper.PaperRequest;
import vn.khaothi.engine.application.paper.PaperPrinting;
import vn.khaothi.engine.application.paper.PaperService;
import vn.khaothi.engine.application.paper.PaperView;
import vn.khaothi.itembank.domain.blueprint.BlueprintCell;
import vn.khaothi.itembank.domain.workflow.Actor;
import vn.khaothi.web.error.ApiException;
import vn.khaothi.web.security.Allowed;
import vn.khaothi.web.security.Audience;
import vn.khaothi.web.security.Caller;

/** Papers (api-contract.md "Papers"): generate from a blueprint, read, approve, print. Staff only. */
@Path("/papers")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Allowed(Audience.STAFF)
public class PaperResource {

    private static final SecureRandom SEEDS = new SecureRandom();

    @Inject
    PaperService papers;

    @Inject
    PaperPrinting printing;

    @Inject
    ItemBank bank;


    @Context
    SecurityContext security;

    private Actor actor() {
        Caller caller = (Caller) security.getUserPrincipal();
        return bank.actor(caller.username(), caller.roles());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Allowed(Audience.TEACHERS_PRINCIPAL_AND_ADMIN)
    @Operation(summary = "Generate a paper from a blueprint over PUBLISHED items: 201 with its versions and keys, "
            + "422 BLUEPRINT_UNMET listing every short cell; the same request and seed give the same paper")
    public Response create(@NotNull @Valid PaperRequests.Generate body) {
        List<String> codes = body.codes != null && !body.codes.isEmpty() ? body.codes
                : AssemblyRequest.sequentialCodes(101, body.versions == null ? 1 : body.versions);
        if (codes.stream().distinct().count() != codes.size()) {
            throw ApiException.invalid("codes", "Version codes must be distinct");
        }
        List<BlueprintCell> cells = body.blueprint.cells.stream().map(c -> new BlueprintCell(c.chapter, c.level, c.type,
                c.count, c.pointsEach, c.specification)).toList();
        long seed = body.seed != null ? body.seed : SEEDS.nextInt(1_000_000);
        PaperRequest request = new PaperRequest(body.title.strip(), body.subject, body.grade, body.kind, codes, seed,
                body.mode == null ? AssemblyMode.SAME_ITEMS : AssemblyMode.valueOf(body.mode),
                body.exposure == null ? ExposurePolicy.PREFER_FRESH : ExposurePolicy.valueOf(body.exposure),
                body.blueprint.durationMinutes, cells, body.supersedes);
        return Response.status(201).entity(papers.create(actor(), request)).build();
    }

    @GET
    @Operation(summary = "The latest papers of a subject and grade, newest first")
    public List<PaperService.Summary> list(@QueryParam("subject") String subject, @QueryParam("grade") Integer grade) {
        return papers.list(requireSubject(subject), requireGrade(grade));
    }

    @GET
    @Path("/availability")
    @Operation(summary = "PUBLISHED items per chapter, level and type, and the allowed duration of a periodic test "
            + "(TT22 Art. 7): the blueprint editor's live counts")
    public PaperService.Availability availability(@QueryParam("subject") String subject,
                                                  @QueryParam("grade") Integer grade) {
        return papers.availability(requireSubject(subject), requireGrade(grade));
    }

    @GET
    @Path("/{id}/versions/{code}")
    @Operation(summary = "The online form of one version: items as a student receives them (no key), for preview")
    public List<jakarta.json.JsonObject> onlineForm(@PathParam("id") long id, @PathParam("code") String code) {
        return PaperJson.onlineForm(papers.onlineForm(id, code));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A paper: its versions (items, option order, keys), status and approvals")
    public PaperView get(@PathParam("id") long id) {
        return papers.view(id);
    }

    @POST
    @Path("/{id}/approval")
    @Consumes(MediaType.APPLICATION_JSON)
    @Allowed(Audience.APPROVERS)
    @Operation(summary = "Approve or reject: first the department head of the subject (GROUP_APPROVED), then the "
            + "principal (APPROVED) or a deputy under a MATERIALS_APPROVAL delegation; the maker never approves "
            + "(403 OWN_WORK; the principal takes the group step of the head's own paper); 403 for anyone else, 409 out of order")
    public PaperView approval(@PathParam("id") long id, @NotNull @Valid PaperRequests.Approval body) {
        return papers.decide(actor(), id, body.approve, body.note);
    }

    @GET
    @Path("/{id}/versions/{code}/pdf")
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    @Operation(summary = "The print-ready PDF of one version (A4, fonts embedded, math rendered, mã đề, HẾT)")
    public Response pdf(@PathParam("id") long id, @PathParam("code") String code) {
        return file(printing.versionPdf(id, code), "application/pdf", "de-" + id + "-" + code + ".pdf");
    }

    @GET
    @Path("/{id}/versions/{code}/answer-sheet")
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    @Operation(summary = "The bubble answer sheet (phiếu trả lời trắc nghiệm) of one version, as PDF")
    public Response answerSheet(@PathParam("id") long id, @PathParam("code") String code) {
        return file(printing.answerSheet(id, code), "application/pdf", "phieu-" + id + "-" + code + ".pdf");
    }

    @GET
    @Path("/{id}/versions/{code}/answer-sheet/layout")
    @Operation(summary = "The answer sheet's geometry: page size, corner markers and every bubble's centre and "
            + "radius in PDF points from the top-left corner, so that other tools can read our sheets")
    public jakarta.json.JsonObject answerSheetLayout(@PathParam("id") long id, @PathParam("code") String code) {
        return SheetLayoutJson.of(printing.answerSheetLayout(id, code));
    }

    @GET
    @Path("/{id}/answer-sheets")
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    @Operation(summary = "Every version's answer sheet in one PDF; with class=9A1 one sheet per student of the "
            + "class, pre-filled with name and student number, versions dealt in roster order")
    public Response answerSheets(@PathParam("id") long id, @QueryParam("class") String classCode) {
        String schoolClass = classCode == null || classCode.isBlank() ? null : classCode.strip();
        byte[] sheets = printing.answerSheets(id, schoolClass).orElseThrow(() -> ApiException.notFound("Class " + classCode));
        return file(sheets, "application/pdf", "phieu-" + id + (schoolClass == null ? "" : "-" + schoolClass) + ".pdf");
    }

    @GET
    @Path("/{id}/keys")
    @Produces({"application/pdf", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            MediaType.APPLICATION_JSON})
    @Operation(summary = "The answer key table of every version (đáp án): format=pdf or xlsx")
    public Response keys(@PathParam("id") long id, @QueryParam("format") String format) {
        if ("xlsx".equals(format)) {
            return file(printing.keysXlsx(id),
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "dap-an-" + id + ".xlsx");
        }
        if (format == null || "pdf".equals(format)) {
            return file(printing.keysPdf(id), "application/pdf", "dap-an-" + id + ".pdf");
        }
        throw ApiException.invalid("format", "format is pdf or xlsx");
    }

    private static String requireSubject(String subject) {
        if (subject == null || !subject.matches("[A-Za-z][A-Za-z0-9_]{0,39}")) {
            throw ApiException.invalid("subject", "subject is a subject code, e.g. MATH");
        }
        return subject;
    }

    private static int requireGrade(Integer grade) {
        if (grade == null || grade < 1 || grade > 12) {
            throw ApiException.invalid("grade", "grade is 1-12");
        }
        return grade;
    }

    private static Response file(byte[] bytes, String type, String name) {
        return Response.ok(bytes, type).header("Content-Disposition", "attachment; filename=\"" + name + "\"").build();
    }
}
