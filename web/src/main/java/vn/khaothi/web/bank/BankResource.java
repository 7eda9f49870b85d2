package vn.khaothi.web.bank;

import vn.khaothi.itembank.domain.Refusal;
import static vn.khaothi.itembank.domain.json.Jsonp.JSON;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import vn.khaothi.itembank.application.bank.ItemBank;
import vn.khaothi.itembank.application.bank.ItemDraft;
import vn.khaothi.itembank.application.bank.ItemQuery;
import vn.khaothi.itembank.application.bank.Views;
import vn.khaothi.itembank.application.importing.ItemFormat;
import vn.khaothi.itembank.domain.item.CognitiveLevel;
import vn.khaothi.itembank.domain.item.ItemContent;
import vn.khaothi.itembank.domain.item.json.ItemContentJson;
import vn.khaothi.itembank.domain.itemtype.ItemTypeInfo;
import vn.khaothi.itembank.domain.itemtype.ItemTypes;
import vn.khaothi.itembank.domain.workflow.Actor;
import vn.khaothi.itembank.domain.workflow.ApprovalStatus;
import vn.khaothi.web.error.ApiException;
import vn.khaothi.web.security.Allowed;
import vn.khaothi.web.security.Audience;
import vn.khaothi.web.security.Caller;

/**
 * The item bank over HTTP (api-contract.md, "Item bank"): search, items with their
 * versions and approval history, approval steps, exports, the curriculum tree and the item types.
 * Imports are {@link BankImportResource}, media {@link BankMediaResource}. Staff only:
 * items carry their keys, so students never reach these paths.
 */
@Path("/bank")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Allowed(Audience.STAFF)
public class BankResource {

    @Inject
    ItemBank bank;

    @Context
    SecurityContext security;

    @Inject
    vn.khaothi.engine.application.approval.ApprovalQueue approvals;

    /** What waits for the caller's approval: items and papers, oldest first (issue 17, point 4). */
    @GET
    @Path("/approvals")
    @Operation(summary = "Items and papers waiting for the caller's approval (a department head's or the principal's queue)")
    public List<vn.khaothi.engine.application.approval.ApprovalQueue.Entry> approvals() {
        return approvals.of(actor());
    }

    private Actor actor() {
        Caller caller = (Caller) security.getUserPrincipal();
        return bank.actor(caller.username(), caller.roles());
    }

    @GET
    @Path("/items")
    @Operation(summary = "Search items: filters by subject, grade, chapter, level, type, tag, status; q ignores "
            + "Vietnamese diacritics and case; page from 0, size up to 200")
    public Views.SearchPage search(@QueryParam("subject") String subject, @QueryParam("grade") Integer grade,
                                   @QueryParam("chapter") String chapter, @QueryParam("level") String level,
                                   @QueryParam("type") String type, @QueryParam("tag") String tag,
                                   @QueryParam("q") String q, @QueryParam("status") String status,
                                   @QueryParam("page") @DefaultValue("0") int page,
                                   @QueryParam("size") @DefaultValue("20") int size) {
        if (q != null && q.length() > 200) {
            throw ApiException.invalid("q", "q is at most 200 characters");
        }
        try {
            return bank.search(new ItemQuery(subject, grade, chapter, level, type, tag, q, status, page, size));
        } catch (IllegalArgumentException e) {
            throw ApiException.invalid(e.getMessage().startsWith("page") ? "page" : "size", e.getMessage());
        }
    }

    @POST
    @Path("/items")
    @Consumes(MediaType.APPLICATION_JSON)
    @Allowed(Audience.TEACHERS_AND_ADMIN)
    @Operation(summary = "Create a DRAFT item (version 1) from content in the stored JSON shape")
    public Response create(@NotNull @Valid BankRequests.ItemWrite body) {
        return Response.status(201).entity(bank.create(actor(), draft(body))).build();
    }

    @PUT
    @Path("/items/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Allowed(Audience.TEACHERS_AND_ADMIN)
    @Operation(summary = "Edit a DRAFT item: saves a new version, earlier versions stay as they were; 409 when not DRAFT")
    public Views.ItemDetail edit(@PathParam("id") long id, @NotNull @Valid BankRequests.ItemWrite body) {
        return bank.edit(actor(), id, draft(body));
    }

    /** What the editor's live preview shows: the problems with a content, or what a student would see. */
    public record Preview(List<String> problems, jakarta.json.JsonObject view, List<java.util.Map<String, Object>> details) {

        Preview(List<String> problems, jakarta.json.JsonObject view) {
            this(problems, view, vn.khaothi.itembank.application.Problems.describeEach(problems));
        }
    }

    @POST
    @Path("/items/preview")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Check an item's content and render it as a student would see it (no key); nothing is stored")
    public Preview preview(String body) {
        jakarta.json.JsonObject content = previewContent(body);
        ItemContent parsed;
        try {
            parsed = ItemContentJson.fromJson(content);
        } catch (RuntimeException e) {
            return new Preview(List.of(e.getMessage() == null ? "content is not an item" : e.getMessage()), null);
        }
        List<String> problems = ItemTypes.validate(parsed);
        if (!problems.isEmpty()) {
            return new Preview(problems, null);
        }
        return new Preview(List.of(), ItemTypes.of(parsed.type())
                .renderForStudent(parsed, List.of(), parsed.defaultPoints()));
    }

    private static ItemDraft draft(BankRequests.ItemWrite body) {
        ItemContent content;
        try {
            content = ItemContentJson.fromJson(body.content);
        } catch (RuntimeException e) {
            throw ApiException.invalid("content", "content is not an item in the stored JSON shape: " + e.getMessage());
        }
        List<String> overLimits = vn.khaothi.itembank.domain.itemtype.ContentLimits.problems(content);
        if (!overLimits.isEmpty()) {
            String joined = String.join("; ", overLimits);
            throw new ApiException(Refusal.Kind.INVALID, "VALIDATION_FAILED", joined, overLimits.stream().map(p -> {
                java.util.Map<String, Object> d = new java.util.LinkedHashMap<>(vn.khaothi.itembank.application.Problems.describe(p));
                d.put("field", "content");
                return d;
            }).toList());
        }
        return new ItemDraft(body.subject, body.grade, body.chapter, body.lesson,
                CognitiveLevel.valueOf(body.level), content, body.note);
    }

    @GET
    @Path("/items/{id}")
    @Operation(summary = "One item with its current version (or ?version=n), status, the next statuses the caller may take, enemies")
    public Views.ItemDetail item(@PathParam("id") long id, @QueryParam("version") Integer version) {
        return bank.item(actor(), id, version);
    }

    @GET
    @Path("/items/{id}/versions")
    @Operation(summary = "Version history of an item (every edit is a version)")
    public List<Views.VersionInfo> versions(@PathParam("id") long id) {
        return bank.versions(id);
    }

    @GET
    @Path("/items/{id}/history")
    @Operation(summary = "Approval history of an item: who, when, from, to, note")
    public List<Views.TransitionInfo> history(@PathParam("id") long id) {
        return bank.history(id);
    }

    @POST
    @Path("/items/{id}/transition")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Approval step; 403 when the caller's role may not take it, 409 when it is not allowed "
            + "from the current status")
    public Views.TransitionResult transition(@PathParam("id") long id, @NotNull @Valid BankRequests.Transition body) {
        return bank.transition(actor(), id, ApprovalStatus.valueOf(body.to), body.note);
    }

    @POST
    @Path("/items/{id}/enemies")
    @Consumes(MediaType.APPLICATION_JSON)
    @Allowed(Audience.TEACHERS_AND_ADMIN)
    @Operation(summary = "Mark two items as enemies: they never share a paper")
    public List<Long> addEnemy(@PathParam("id") long id, @NotNull @Valid BankRequests.Enemy body) {
        return bank.addEnemy(actor(), id, body.itemId);
    }

    @GET
    @Path("/items/{id}/export")
    @Produces({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
    @Operation(summary = "Export one item as moodle-xml, qti21 or gift (a file download)")
    public Response exportOne(@PathParam("id") long id, @QueryParam("format") String format) {
        return download(bank.export(List.of(id), writable(format)));
    }

    @GET
    @Path("/export")
    @Produces({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
    @Operation(summary = "Export a selection (ids=1,2,3) as moodle-xml, qti21 or gift")
    public Response exportMany(@QueryParam("ids") String ids, @QueryParam("format") String format) {
        return download(bank.export(exportIds(ids), writable(format)));
    }

    @GET
    @Path("/export/warnings")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "What an export of the selection could not carry, each warning with a code the pages translate")
    public Map<String, Object> exportWarnings(@QueryParam("ids") String ids, @QueryParam("format") String format) {
        List<String> warnings = bank.export(exportIds(ids), writable(format)).warnings();
        return Map.of("format", format, "count", warnings.size(),
                "warnings", vn.khaothi.itembank.application.Problems.describeEach(warnings));
    }

    /** {@code ids=1,2,3}: 1 to 5,000 item ids. */
    private static List<Long> exportIds(String ids) {
        List<Long> list = new ArrayList<>();
        for (String part : (ids == null ? "" : ids).split(",")) {
            if (!part.isBlank()) {
                try {
                    list.add(Long.parseLong(part.strip()));
                } catch (NumberFormatException e) {
                    throw ApiException.invalid("ids", "ids is a comma-separated list of item ids");
                }
            }
        }
        if (list.isEmpty() || list.size() > 5000) {
            throw ApiException.invalid("ids", "Give 1 to 5000 item ids");
        }
        return list;
    }

    private static Response download(Views.Export export) {
        return Response.ok(export.file(), export.mediaType())
                .header("Content-Disposition", "attachment; filename=\"" + export.fileName() + "\"")
                .header("X-Export-Warnings", String.valueOf(export.warnings().size()))
                .build();
    }

    @GET
    @Path("/curriculum")
    @Operation(summary = "The curriculum tree of a subject and grade: chapters in order, their lessons and item counts")
    public Views.Tree tree(@QueryParam("subject") String subject, @QueryParam("grade") Integer grade) {
        if (subject == null || subject.isBlank() || grade == null) {
            throw ApiException.invalid("subject", "Give subject= and grade=");
        }
        return bank.tree(subject, grade);
    }

    @POST
    @Path("/curriculum")
    @Consumes(MediaType.APPLICATION_JSON)
    @Allowed(Audience.TEACHERS_AND_ADMIN)
    @Operation(summary = "Add a chapter, or a lesson under the chapter named by parent, at the end")
    public Response addNode(@NotNull @Valid BankRequests.Node body) {
        return Response.status(201).entity(bank.addNode(actor(), body.subject, body.grade, body.parent, body.code,
                body.title)).build();
    }

    @GET
    @Path("/subjects")
    @Operation(summary = "The school's subjects (code and names)")
    public List<Views.Subject> subjects() {
        return bank.subjects();
    }

    /** The item types for the pages' lists, labels and editor (one source: the type plug-ins; issue 12). */
    @GET
    @Path("/item-types")
    @Operation(summary = "The item types, in the order the pages list them: code, labelVi, labelEn, bodyFields (the "
            + "type's fields of the stored content), autoScored, typedAnswer, suggestedPoints (absent: none)")
    public List<ItemTypeInfo> itemTypes() {
        return ItemTypes.infos();
    }

    static ItemFormat format(String code, String field) {
        if (code == null || code.isBlank()) {
            throw ApiException.invalid(field, "Give format=gift|moodle-xml|aiken|qti21|docx|khaothi-json");
        }
        try {
            return ItemFormat.ofCode(code.strip());
        } catch (IllegalArgumentException e) {
            throw ApiException.invalid(field, "Unknown format " + code + "; use gift, moodle-xml, aiken, qti21, docx "
                    + "or khaothi-json");
        }
    }

    private static ItemFormat writable(String code) {
        ItemFormat f = format(code, "format");
        if (f != ItemFormat.GIFT && f != ItemFormat.MOODLE_XML && f != ItemFormat.QTI21) {
            throw ApiException.invalid("format", f.code() + " cannot be written; export as moodle-xml, qti21 or gift");
        }
        return f;
    }

    /** The preview's body must be a JSON object: empty, [], null or "str" are a 400, not a 500. */
    private static jakarta.json.JsonObject previewContent(String body) {
        if (body != null && !body.isBlank()) {
            try (jakarta.json.JsonReader reader = JSON.createReader(new java.io.StringReader(body))) {
                if (reader.readValue() instanceof jakarta.json.JsonObject object) {
                    return object;
                }
            } catch (jakarta.json.JsonException e) {
                // told below
            }
        }
        throw ApiException.invalid("body", "Send the item content as a JSON object, e.g. {\"type\":\"TRUE_FALSE\",…}");
    }
}
