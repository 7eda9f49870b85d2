package vn.khaothi.engine.scan;

import vn.khaothi.itembank.domain.workflow.Role;
import static vn.khaothi.itembank.domain.json.Jsonp.JSON;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.awt.image.BufferedImage;
import java.io.StringReader;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

import vn.khaothi.engine.application.sitting.AttemptBackbone;
import vn.khaothi.engine.application.sitting.AttemptService;
import vn.khaothi.engine.application.sitting.ExamPapers;
import vn.khaothi.engine.application.sitting.SittingProblem;
import vn.khaothi.engine.application.sitting.SittingService;
import vn.khaothi.itembank.domain.workflow.Actor;
import vn.khaothi.engine.domain.attempt.AnswerStep;
import vn.khaothi.engine.domain.attempt.SubmitReason;
import vn.khaothi.engine.domain.audit.AuditEntry;
import vn.khaothi.engine.domain.audit.AuditEvent;
import vn.khaothi.engine.infrastructure.audit.JdbcAuditTrail;
import vn.khaothi.engine.application.sitting.AttemptRef;
import vn.khaothi.engine.domain.sitting.Sitting;
import vn.khaothi.engine.scan.reader.SheetReader;
import vn.khaothi.engine.scan.reader.SheetReading;
import vn.khaothi.engine.application.paper.DeliverableItem;
import vn.khaothi.engine.application.paper.DeliverablePaper;
import vn.khaothi.engine.application.paper.DeliverableVersion;
import vn.khaothi.engine.application.sheet.SheetLayout;
import vn.khaothi.engine.application.sheet.SheetQuestion;

/**
 * Scanned answer sheets of an in-person sitting (chấm phiếu trắc nghiệm bằng ảnh chụp): an upload becomes a
 * batch read in the background page by page; a reviewer corrects what the reader flagged (each correction in
 * the audit trail with who, when, before, after and why); confirming turns each sheet into the student's
 * attempt — answer steps with source SCAN, then submitted and scored like an online attempt.
 */
@ApplicationScoped
public class ScanService {

    private static final Logger LOG = Logger.getLogger(ScanService.class.getName());
    static final int MAX_BYTES = 80 * 1024 * 1024;

    @Resource(lookup = "java:app/jdbc/khaothi")
    DataSource dataSource;

    @Resource
    ManagedExecutorService managed;

    @Inject
    ExamPapers papers;

    @Inject
    SittingService sittings;

    @Inject
    AttemptService attempts;

    @Inject
    AttemptBackbone backbone;

    private Executor executor;
    private volatile ScanStore store;
    private final ThreadLocal<SheetReader> readers = ThreadLocal.withInitial(SheetReader::new);

    /** For tests outside the container. */
    public static ScanService over(DataSource dataSource, ExamPapers papers, SittingService sittings,
            AttemptService attempts, AttemptBackbone backbone, Executor executor) {
        ScanService s = new ScanService();
        s.dataSource = dataSource;
        s.papers = papers;
        s.sittings = sittings;
        s.attempts = attempts;
        s.backbone = backbone;
        s.executor = executor;
        return s;
    }

    private ScanStore store() {
        if (store == null) {
            store = new ScanStore(dataSource);
        }
        return store;
    }

    private Executor executor() {
        return executor != null ? executor : managed;
    }

    // ---- upload and reading --------------------------------------------------------------------

    /**
     * Accepts a photo or a PDF scan for a sitting and reads it in the background: the batch's id. With
     * {@code batchId} the pages join that batch (a teacher photographs a class sheet by sheet), until it is
     * confirmed.
     */
    public long upload(Actor viewer, long sittingId, Long batchId, byte[] body) {
        Sitting sitting = sittings.sitting(sittingId);
        requireStaff(sitting, viewer);
        if (sitting.online()) {
            throw SittingProblem.conflict("NOT_IN_PERSON", "Chỉ buổi kiểm tra trên giấy mới chấm phiếu / only an"
                    + " IN_PERSON sitting takes scanned sheets");
        }
        if (body == null || body.length == 0) {
            throw SittingProblem.invalid("body", "Chưa có tệp / the body is empty");
        }
        if (body.length > MAX_BYTES) {
            throw new SittingProblem(SittingProblem.Kind.UNPROCESSABLE, "SCAN_TOO_LARGE",
                    "Tệp lớn hơn 80 MB / the upload is larger than 80 MB", null);
        }
        ScanPages.Kind kind = ScanPages.kind(body);
        int pages = ScanPages.count(body, kind);
        long id;
        int first;
        if (batchId == null) {
            id = sql(() -> store().createBatch(sittingId, viewer.username(), backbone.clock().instant()));
            first = sql(() -> store().reservePages(id, pages));
        } else {
            ScanStore.Batch batch = sql(() -> store().batch(batchId)).orElseThrow(() -> SittingProblem.notFound(
                    "Batch " + batchId));
            if (batch.sittingId() != sittingId) {
                throw SittingProblem.invalid("batchId", "The batch belongs to another sitting");
            }
            if (batch.status().equals("CONFIRMED")) {
                throw SittingProblem.conflict("BATCH_CONFIRMED", "Đợt chấm đã xác nhận / the batch is confirmed");
            }
            id = batchId;
            first = sql(() -> store().reservePages(id, pages));
        }
        executor().execute(() -> process(id, sitting, body, kind, first, pages));
        return id;
    }

    private void process(long batchId, Sitting sitting, byte[] body, ScanPages.Kind kind, int first, int pages) {
        int done = 0;
        try {
            DeliverablePaper paper = papers.paper(sitting.paperId()).orElseThrow();
            Map<String, SheetLayout> layouts = new HashMap<>();
            Map<String, ScanStore.Candidate> candidates = store().candidates(sitting.id());
            for (int i = 0; i < pages; i++) {
                BufferedImage image = ScanPages.page(body, kind, i);
                SheetReading reading = image == null ? null : readers.get().read(image, (qrPaper, code) ->
                        qrPaper != null && qrPaper != paper.id() ? Optional.empty()
                                : paper.version(code).map(v -> layouts.computeIfAbsent(code,
                                        c -> VersionSheets.layout(v))));
                ScanStore.Sheet sheet = SheetJson.fromReading(reading, candidates,
                        r -> preview(paper, r.versionCode(), r.answers()));
                byte[] jpeg = image == null ? new byte[0] : ScanPages.jpeg(image);
                store().insertSheet(batchId, first + i, jpeg, image == null ? 0 : image.getWidth(),
                        image == null ? 0 : image.getHeight(), sheet);
                store().pageDone(batchId);
                done++;
            }
        } catch (SQLException | RuntimeException e) {
            LOG.log(Level.WARNING, "Scan batch " + batchId + " failed", e);
            try {
                store().failed(batchId, pages - done);
            } catch (SQLException ignored) {
                LOG.warning("Scan batch " + batchId + " could not be marked FAILED: " + ignored);
            }
        }
    }

    /** The score the answers would get with the version's key (before confirmation), or null. */
    private BigDecimal preview(DeliverablePaper paper, String code, Map<Integer, Object> answers) {
        Optional<DeliverableVersion> version = code == null ? Optional.empty() : paper.version(code);
        if (version.isEmpty()) {
            return null;
        }
        JsonObject json = SheetJson.answers(answers);
        return attempts.previewScore(version.get(), steps(version.get(), json, 0L));
    }

    /** The answer steps of a sheet's answers, by item, mapped through the version's option order. */
    static Map<Long, AnswerStep> steps(DeliverableVersion version, JsonObject answers, long attemptId) {
        SheetLayout layout = VersionSheets.layout(version);
        Map<Long, AnswerStep> steps = new LinkedHashMap<>();
        for (SheetQuestion q : layout.questions()) {
            DeliverableItem item = version.items().stream().filter(i -> i.position() == q.number()).findFirst()
                    .orElseThrow();
            JsonObject response = VersionSheets.response(item, q, answers.get(Integer.toString(q.number())));
            if (response != null) {
                steps.put(item.itemId(), new AnswerStep(attemptId, item.itemId(), 1, response.toString(),
                        Instant.EPOCH));
            }
        }
        return steps;
    }

    // ---- views ---------------------------------------------------------------------------------

    /** {@code GET /scans/batches/{id}} (api-contract.md) with the progress of the reading. */
    public JsonObject batch(Actor viewer, long batchId) {
        ScanStore.Batch batch = sql(() -> store().batch(batchId)).orElseThrow(() -> SittingProblem.notFound(
                "Batch " + batchId));
        requireStaff(sittings.sitting(batch.sittingId()), viewer);
        Map<Long, String> usernames = usernames(batch.sittingId());
        JsonArrayBuilder sheets = JSON.createArrayBuilder();
        for (ScanStore.Sheet s : sql(() -> store().sheets(batchId))) {
            sheets.add(SheetJson.sheet(s, usernames));
        }
        String status = batch.status().equals("PROCESSING") ? "PROCESSING" : "DONE";
        return JSON.createObjectBuilder().add("batchId", batch.id()).add("sittingId", batch.sittingId())
                .add("status", status).add("state", batch.status())
                .add("progress", JSON.createObjectBuilder().add("done", batch.pagesDone()).add("total",
                        batch.pagesTotal()))
                .add("sheets", sheets).build();
    }

    /** One sheet for the review screen: the contract's fields, the marks in photo pixels, the corrections. */
    public JsonObject sheet(Actor viewer, long sheetId) {
        ScanStore.Sheet s = loadSheet(viewer, sheetId);
        ScanStore.Batch batch = sql(() -> store().batch(s.batchId())).orElseThrow();
        JsonObjectBuilder b = JSON.createObjectBuilder(SheetJson.sheet(s, usernames(batch.sittingId())));
        b.add("batchId", s.batchId()).add("imageWidth", s.imageWidth()).add("imageHeight", s.imageHeight())
                .add("marks", JSON.createReader(new StringReader(s.marks())).readArray());
        // the questions of the sheet's version and their areas, so that the review form offers the right inputs
        JsonArrayBuilder questions = JSON.createArrayBuilder();
        Optional<DeliverableVersion> version = s.versionCode() == null ? Optional.empty()
                : paperOf(batch.sittingId()).version(s.versionCode());
        version.ifPresent(v -> VersionSheets.layout(v).questions().stream()
                .filter(q -> q.kind() != SheetQuestion.Kind.ESSAY)
                .forEach(q -> questions.add(JSON.createObjectBuilder().add("number", q.number())
                        .add("kind", q.kind().name()).add("choices", q.choices()))));
        b.add("questions", questions);
        candidates(batch.sittingId()).values().stream().filter(c -> c.studentNumber().equals(s.studentNumber()))
                .findFirst().ifPresent(c -> b.add("studentName", c.name()));
        JsonArrayBuilder corrections = JSON.createArrayBuilder();
        for (AuditEntry e : sql(() -> {
            try (Connection c = store().connection()) {
                return new JdbcAuditTrail(c).about(subject(sheetId));
            }
        })) {
            corrections.add(JSON.createObjectBuilder().add("by", e.event().actor()).add("at", e.event().at().toString())
                    .add("details", JSON.createReader(new StringReader(e.event().details())).readObject()));
        }
        return b.add("corrections", corrections).build();
    }

    public byte[] image(Actor viewer, long sheetId) {
        loadSheet(viewer, sheetId);
        return sql(() -> store().image(sheetId)).orElseThrow(() -> SittingProblem.notFound("Sheet " + sheetId));
    }

    private ScanStore.Sheet loadSheet(Actor viewer, long sheetId) {
        ScanStore.Sheet s = sql(() -> store().sheet(sheetId)).orElseThrow(() -> SittingProblem.notFound(
                "Sheet " + sheetId));
        ScanStore.Batch batch = sql(() -> store().batch(s.batchId())).orElseThrow();
        requireStaff(sittings.sitting(batch.sittingId()), viewer);
        return s;
    }

    static String subject(long sheetId) {
        return "scan-sheet:" + sheetId;
    }

    // ---- corrections and confirmation: ScanReview ----------------------------------------------

    /** {@code PUT /scans/sheets/{id}}: see {@link ScanReview#correct}. */
    public JsonObject correct(Actor viewer, long sheetId, JsonObject body) {
        ScanStore.Sheet before = loadSheet(viewer, sheetId);
        ScanStore.Batch batch = sql(() -> store().batch(before.batchId())).orElseThrow();
        new ScanReview(this).correct(viewer, batch, before, body);
        return sheet(viewer, sheetId);
    }

    /** {@code POST /scans/batches/{id}/confirm}: see {@link ScanReview#confirm}. */
    public JsonObject confirm(Actor viewer, long batchId) {
        ScanStore.Batch batch = sql(() -> store().batch(batchId)).orElseThrow(() -> SittingProblem.notFound(
                "Batch " + batchId));
        requireStaff(sittings.sitting(batch.sittingId()), viewer);
        return new ScanReview(this).confirm(viewer, batch);
    }

    // ---- shared with ScanReview ----------------------------------------------------------------

    ScanStore storeForReview() {
        return store();
    }

    DeliverablePaper paperOf(long sittingId) {
        return papers.paper(sittings.sitting(sittingId).paperId()).orElseThrow();
    }

    Map<String, ScanStore.Candidate> candidates(long sittingId) {
        return sql(() -> store().candidates(sittingId));
    }

    Instant now() {
        return backbone.clock().instant();
    }

    BigDecimal previewOf(DeliverablePaper paper, String code, Map<Integer, Object> answers) {
        return preview(paper, code, answers);
    }

    AttemptRef attemptOf(long sittingId, String username) {
        return sql(() -> backbone.sittings().attemptOf(sittingId, username)).orElseThrow(() -> SittingProblem.conflict(
                "NOT_A_CANDIDATE", username + " is not a student of this sitting"));
    }

    /** Starts, submits and scores an attempt whose SCAN steps are stored: the same scoring as online. */
    BigDecimal submitAndScore(long attemptId) {
        attempts.command(attemptId, a -> {
            a.start();
            a.submit(SubmitReason.STUDENT);
        });
        attempts.score(attemptId);
        return attempts.current(attemptId).score().orElse(null);
    }

    private Map<Long, String> usernames(long sittingId) {
        Map<Long, String> out = new HashMap<>();
        candidates(sittingId).values().forEach(c -> out.put(c.studentId(), c.username()));
        return out;
    }

    /** The sitting's staff (creator, proctors, department head, management) or a teacher of its subject. */
    private void requireStaff(Sitting sitting, Actor viewer) {
        if (viewer.has(Role.STUDENT) && viewer.roles().size() == 1) {
            throw SittingProblem.forbidden("FORBIDDEN", "Students do not scan sheets");
        }
        if (sittings.isStaffOf(sitting, viewer) || sql(() -> store().teachesSubject(viewer.username(),
                sitting.subjectCode()))) {
            return;
        }
        throw SittingProblem.forbidden("FORBIDDEN", "Only the sitting's staff and teachers of its subject scan sheets");
    }

    @FunctionalInterface
    interface Sql<T> {
        T get() throws SQLException;
    }

    static <T> T sql(Sql<T> work) {
        try {
            return work.get();
        } catch (SQLException e) {
            throw new IllegalStateException("scan storage failed: " + e.getMessage(), e);
        }
    }
}
