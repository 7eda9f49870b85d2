package vn.khaothi.web.remote;

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
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import vn.khaothi.engine.application.remote.EvidenceFile;
import vn.khaothi.engine.application.remote.EvidenceFiles;
import vn.khaothi.engine.application.remote.RemoteAssessmentService;
import vn.khaothi.engine.application.remote.RemoteRecords;
import vn.khaothi.engine.application.remote.RemoteReport;
import vn.khaothi.engine.application.remote.StatusCounts;
import vn.khaothi.itembank.domain.workflow.Role;
import vn.khaothi.engine.domain.audit.ChainVerification;
import vn.khaothi.itembank.domain.workflow.Actor;
import vn.khaothi.engine.domain.remote.EvidenceRef;
import vn.khaothi.engine.domain.remote.NotAllowedException;
import vn.khaothi.engine.domain.remote.RemoteForm;
import vn.khaothi.engine.domain.remote.RemoteRequest;
import vn.khaothi.engine.domain.remote.RemoteRequestNotFoundException;
import vn.khaothi.engine.domain.remote.RequestStatus;
import vn.khaothi.rules.online.ForceMajeureReason;
import vn.khaothi.web.error.ApiException;

/**
 * Remote periodic assessment for force majeure over HTTP (api-contract.md, issue 7): filing,
 * the principal's queue and decision, withdrawal, a request's detail, evidence, history and
 * printable record, the filing form's choices, the semester report and the audit check.
 *
 * <p>Who may do what is the workflow's decision ({@link RemoteAssessmentService}); this class
 * only translates. The service runs its own JDBC transactions: nothing here is transactional.
 */
@Path("/remote-requests")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
public class RemoteRequestResource {

    @Inject
    RemoteAssessmentService service;

    @Inject
    EvidenceFiles files;

    @Inject
    RemoteRecords records;

    @Context
    SecurityContext security;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "File a request (the student, their homeroom teacher or a teacher of the subject): 201 "
            + "{id, status PENDING, eligible, reasons, citations}; evidence = ids from POST /api/v1/evidence; "
            + "403 NOT_ALLOWED, 404 sitting, 409 already requested, 422 invalid")
    public Response file(@NotNull @Valid RemoteRequestBodies.FileRequest body) {
        Actor actor = Callers.actor(security);
        String studentId = body.studentId == null || body.studentId.isBlank() ? actor.username() : body.studentId.strip();
        ForceMajeureReason reason = enumOf(ForceMajeureReason.class, body.reason, "reason");
        service.ensureMayFile(actor, studentId, body.sittingId.strip());   // an outsider learns nothing of the uploads
        List<EvidenceRef> evidence = files.claim(actor.username(), body.evidence == null ? List.of() : body.evidence);
        RemoteRequest filed = service.file(actor, studentId, body.sittingId.strip(), reason, body.explanation, evidence);
        return Response.status(201).entity(RemoteViews.Filed.of(filed)).build();
    }

    @GET
    @Operation(summary = "The principal's queue (status PENDING, the default), or the decided ones with another status; "
            + "each with the rules' view at filing. PRINCIPAL or a DEPUTY_PRINCIPAL under a current delegation; else 403")
    public List<RemoteViews.RequestView> list(@QueryParam("status") String status) {
        Actor actor = Callers.actor(security);
        RequestStatus wanted = status == null || status.isBlank() ? RequestStatus.PENDING
                : enumOf(RequestStatus.class, status, "status");
        List<RemoteRequest> found = wanted == RequestStatus.PENDING ? service.queue(actor) : service.withStatus(actor, wanted);
        return views(actor, found, true);
    }

    @GET
    @Path("/mine")
    @Operation(summary = "Requests the caller filed or that are about them (the student's and the teacher's view), newest first")
    public List<RemoteViews.RequestView> mine() {
        Actor actor = Callers.actor(security);
        List<RemoteRequest> found = new ArrayList<>(service.mine(actor));
        found.sort(Comparator.comparing(RemoteRequest::filedAt).reversed());
        return views(actor, found, service.mayDecide(actor));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One request: for the student, the filer and the deciders (403 otherwise); the evidence is "
            + "listed to the deciders (with downloads) and to the filer (names only)")
    public RemoteViews.RequestView one(@PathParam("id") String id) {
        Actor actor = Callers.actor(security);
        RemoteRequest request = service.view(actor, id);
        return views(actor, List.of(request), service.mayDecide(actor)).get(0);
    }

    @POST
    @Path("/{id}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Decide: {approve, form ONLINE_PROCTORED|ONLINE_ORAL, note} → 200 with the decision, who took it "
            + "and on whose behalf (a deputy signs KT. Hiệu trưởng). PRINCIPAL, or DEPUTY_PRINCIPAL under a current "
            + "delegation; anyone else 403; 409 already decided; 422 no form / no note / not eligible")
    public RemoteViews.Decided decide(@PathParam("id") String id, @NotNull @Valid RemoteRequestBodies.Decision body) {
        Actor actor = Callers.actor(security);
        RemoteForm form = body.form == null || body.form.isBlank() ? null : enumOf(RemoteForm.class, body.form, "form");
        RemoteRequest decided = service.decide(actor, id, body.approve, form, body.note);
        RemoteRecords.Labels labels = records.labels(decided);
        return new RemoteViews.Decided(decided.id(), decided.status().name(),
                RemoteViews.DecisionView.of(decided.decision().orElseThrow(), labels.decidedByName()));
    }

    @POST
    @Path("/{id}/withdraw")
    @Operation(summary = "The filer withdraws a pending request (403 anyone else, 409 once decided)")
    public RemoteViews.RequestView withdraw(@PathParam("id") String id) {
        Actor actor = Callers.actor(security);
        RemoteRequest request = service.withdraw(actor, id);
        return views(actor, List.of(request), false).get(0);
    }

    @GET
    @Path("/{id}/evidence")
    @Operation(summary = "The evidence files of a request, for the deciders only (403 EVIDENCE_FOR_DECIDERS_ONLY)")
    public List<RemoteViews.EvidenceView> evidence(@PathParam("id") String id) {
        Actor actor = Callers.actor(security);
        List<EvidenceRef> refs = service.evidence(actor, id);
        return evidenceViews(refs, id);
    }

    @GET
    @Path("/{id}/evidence/{fileId}")
    @Produces({"application/pdf", "image/jpeg", "image/png", "image/webp", MediaType.APPLICATION_JSON})
    @Operation(summary = "One evidence file's bytes, for the deciders only, with its detected type")
    public Response evidenceFile(@PathParam("id") String id, @PathParam("fileId") String fileId) {
        Actor actor = Callers.actor(security);
        List<EvidenceRef> refs = service.evidence(actor, id);
        EvidenceRef ref = refs.stream().filter(r -> r.fileId().equals(fileId)).findFirst()
                .orElseThrow(() -> new RemoteRequestNotFoundException("EVIDENCE_NOT_FOUND", "no such evidence file"));
        byte[] content = files.content(fileId)
                .orElseThrow(() -> new RemoteRequestNotFoundException("EVIDENCE_NOT_FOUND", "no such evidence file"));
        EvidenceFile file = files.find(Set.of(fileId)).get(fileId);
        return Response.ok(content, ref.contentType())
                .header("Content-Disposition", "inline; filename=\"" + asciiName(file == null ? fileId : file.fileName())
                        + "\"; filename*=UTF-8''" + encoded(file == null ? fileId : file.fileName()))
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "sandbox; default-src 'none'; img-src 'self' data:")
                .header("Cache-Control", "no-store")
                .build();
    }

    @GET
    @Path("/{id}/history")
    @Operation(summary = "The audit entries about a request (who, when, on whose behalf, the rule firings), for the deciders")
    public List<RemoteViews.HistoryEntry> history(@PathParam("id") String id) {
        return service.history(Callers.actor(security), id).stream().map(RemoteViews.HistoryEntry::of).toList();
    }

    @GET
    @Path("/{id}/record.pdf")
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    @Operation(summary = "The printable decision record (PDF, Vietnamese) of a decided request, for the deciders; 409 NOT_DECIDED")
    public Response record(@PathParam("id") String id) {
        Actor actor = Callers.actor(security);
        var history = service.history(actor, id);
        RemoteRequest request = service.view(actor, id);
        if (request.decision().isEmpty()) {
            throw new ApiException(Refusal.Kind.CONFLICT, "CONFLICT", "The request is not decided yet: there is no decision to print",
                    Map.of("reason", "NOT_DECIDED", "vi", RefusalTexts.of("CONFLICT", "NOT_DECIDED")[0],
                            "en", RefusalTexts.of("CONFLICT", "NOT_DECIDED")[1]));
        }
        Set<String> ids = new LinkedHashSet<>();
        request.evidence().forEach(e -> ids.add(e.fileId()));
        byte[] pdf = records.decisionRecord(request, files.find(ids), history);
        return Response.ok(pdf, "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"quyet-dinh-" + id + ".pdf\"")
                .header("Cache-Control", "no-store")
                .build();
    }

    // ---- the filing form's choices --------------------------------------------------------------

    @GET
    @Path("/students")
    @Operation(summary = "The students the caller may file for: themselves (a student), or their homeroom and taught classes' students")
    public List<RemoteViews.Person> students() {
        return records.students(Callers.actor(security)).stream()
                .map(s -> new RemoteViews.Person(s.username(), s.fullName(), s.classCode())).toList();
    }

    @GET
    @Path("/sittings")
    @Operation(summary = "Periodic and retest sittings of a student (recent or to come) a request may be filed for")
    public List<RemoteRecords.SittingOption> sittings(@QueryParam("studentId") String studentId) {
        Actor actor = Callers.actor(security);
        String student = studentId == null || studentId.isBlank() ? actor.username() : studentId;
        boolean own = actor.is(student);
        boolean mine = own || records.students(actor).stream().anyMatch(s -> s.username().equals(student));
        if (!mine && !service.mayDecide(actor)) {
            throw new NotAllowedException("NOT_STUDENTS_TEACHER", "not this student's teacher");
        }
        return records.sittings(student, Instant.now());
    }

    // ---- report and audit -----------------------------------------------------------------------

    @GET
    @Path("/report")
    @Operation(summary = "Remote-assessment requests of a semester (e.g. 2025-2026/1; default the latest) per status, "
            + "by reason, class and subject; PRINCIPAL, DEPUTY_PRINCIPAL, ADMIN")
    public RemoteViews.Report report(@QueryParam("semester") String semester) {
        Actor actor = Callers.actor(security);
        List<String> semesters = actor.has(Role.PRINCIPAL) || actor.has(Role.DEPUTY_PRINCIPAL) || actor.has(Role.ADMIN)
                ? records.semesters() : List.of();
        String chosen = semester != null && !semester.isBlank() ? semester : semesters.isEmpty() ? "-" : semesters.get(0);
        RemoteReport report = service.report(actor, chosen);
        Map<String, String[]> subjects = records.subjectNames();
        return new RemoteViews.Report(report.semester(), report.approved(),
                counts(report.byReason(), Enum::name, Map.of()), counts(report.byClass(), k -> k, Map.of()),
                counts(report.bySubject(), k -> k, subjects), semesters);
    }

    @GET
    @Path("/audit")
    @Operation(summary = "Re-computes the whole tamper-evident audit chain: intact, or each problem with its sequence; PRINCIPAL or ADMIN")
    @vn.khaothi.web.security.Allowed(vn.khaothi.web.security.Audience.PRINCIPAL_AND_ADMIN)
    public RemoteViews.Verification verify() {
        ChainVerification v = service.verifyAudit();
        return new RemoteViews.Verification(v.intact(), v.checked(), v.problems().stream()
                .map(p -> Map.<String, Object>of("sequence", p.sequence(), "kind", p.kind().name(), "message", p.message()))
                .toList());
    }

    // ---- helpers --------------------------------------------------------------------------------

    private List<RemoteViews.RequestView> views(Actor actor, List<RemoteRequest> requests, boolean decider) {
        List<RemoteViews.RequestView> views = new ArrayList<>();
        for (RemoteRequest r : requests) {
            boolean filer = actor.is(r.filedBy());
            List<RemoteViews.EvidenceView> evidence;
            if (decider) {
                evidence = evidenceViews(r.evidence(), r.id());
            } else if (filer) {
                evidence = evidenceViews(r.evidence(), null);
            } else {
                evidence = List.of();
            }
            views.add(RemoteViews.RequestView.of(r, records.labels(r), evidence, decider, filer));
        }
        return views;
    }

    private List<RemoteViews.EvidenceView> evidenceViews(List<EvidenceRef> refs, String downloadFrom) {
        Set<String> ids = new LinkedHashSet<>();
        refs.forEach(r -> ids.add(r.fileId()));
        Map<String, EvidenceFile> found = files.find(ids);
        return ids.stream().map(found::get).filter(java.util.Objects::nonNull)
                .map(f -> RemoteViews.EvidenceView.of(f, downloadFrom)).toList();
    }

    private static <K> List<RemoteViews.Counts> counts(Map<K, StatusCounts> map, Function<K, String> key,
                                                       Map<String, String[]> labels) {
        return map.entrySet().stream()
                .map(e -> new RemoteViews.Counts(key.apply(e.getKey()),
                        labels.containsKey(key.apply(e.getKey())) ? labels.get(key.apply(e.getKey()))[0] : null,
                        labels.containsKey(key.apply(e.getKey())) ? labels.get(key.apply(e.getKey()))[1] : null,
                        e.getValue().pending(), e.getValue().approved(),
                        e.getValue().rejected(), e.getValue().withdrawn(), e.getValue().total()))
                .sorted(Comparator.comparing(RemoteViews.Counts::total).reversed().thenComparing(RemoteViews.Counts::key))
                .toList();
    }

    static <E extends Enum<E>> E enumOf(Class<E> type, String value, String field) {
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException | NullPointerException e) {
            List<String> allowed = java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
            throw ApiException.invalid(field, field + " must be one of " + allowed);
        }
    }

    private static String asciiName(String name) {
        return name.replaceAll("[^A-Za-z0-9._-]", "_");
    }

    private static String encoded(String name) {
        return java.net.URLEncoder.encode(name, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
    }
}
