package vn.khaothi.engine.scan;

import vn.khaothi.itembank.domain.workflow.Role;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.awt.image.BufferedImage;
import java.math.BigDecimal;
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

import vn.khaothi.engine.application.sitting.AttemptBackbone;
import vn.khaothi.engine.application.sitting.AttemptService;
import vn.khaothi.engine.application.sitting.ExamPapers;
import vn.khaothi.engine.application.sitting.SittingProblem;
import vn.khaothi.engine.application.sitting.SittingService;
import vn.khaothi.itembank.domain.workflow.Actor;
import vn.khaothi.engine.domain.attempt.AnswerStep;
import vn.khaothi.engine.domain.attempt.SubmitReason;
import vn.khaothi.engine.domain.scan.ScanRepository;
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
    private final ThreadLocal<SheetReader> readers = ThreadLocal.withInitial(SheetReader::new);

    /** For tests outside the container. */
    public static ScanService over(ExamPapers papers, SittingService sittings,
            AttemptService attempts, AttemptBackbone backbone, Executor executor) {
        ScanService s = new ScanService();
        s.papers = papers;
        s.sittings = sittings;
        s.attempts = attempts;
        s.backbone = backbone;
        s.executor = executor;
        return s;
    }

    private ScanRepository store() {
        return backbone.scans();
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
            id = store().createBatch(sittingId, viewer.username(), backbone.clock().instant());
            first = store().reservePages(id, pages);
        } else {
            ScanRepository.Batch batch = store().batch(batchId).orElseThrow(() -> SittingProblem.notFound(
                    "Batch " + batchId));
            if (batch.sittingId() != sittingId) {
                throw SittingProblem.invalid("batchId", "The batch belongs to another sitting");
            }
            if (batch.status().equals("CONFIRMED")) {
                throw SittingProblem.conflict("BATCH_CONFIRMED", "Đợt chấm đã xác nhận / the batch is confirmed");
            }
            id = batchId;
            first = store().reservePages(id, pages);
        }
        executor().execute(() -> process(id, sitting, body, kind, first, pages));
        return id;
    }

    private void process(long batchId, Sitting sitting, byte[] body, ScanPages.Kind kind, int first, int pages) {
        int done = 0;
        try {
            DeliverablePaper paper = papers.paper(sitting.paperId()).orElseThrow();
            Map<String, SheetLayout> layouts = new HashMap<>();
            Map<String, ScanRepository.Candidate> candidates = store().candidates(sitting.id());
            for (int i = 0; i < pages; i++) {
                BufferedImage image = ScanPages.page(body, kind, i);
                SheetReading reading = image == null ? null : readers.get().read(image, (qrPaper, code) ->
                        qrPaper != null && qrPaper != paper.id() ? Optional.empty()
                                : paper.version(code).map(v -> layouts.computeIfAbsent(code,
                                        c -> VersionSheets.layout(v))));
                ScanRepository.Sheet sheet = SheetJson.fromReading(reading, candidates,
                        r -> preview(paper, r.versionCode(), r.answers()));
                byte[] jpeg = image == null ? new byte[0] : ScanPages.jpeg(image);
                store().insertSheet(batchId, first + i, jpeg, image == null ? 0 : image.getWidth(),
                        image == null ? 0 : image.getHeight(), sheet);
                store().pageDone(batchId);
                done++;
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Scan batch " + batchId + " failed", e);
            try {
                store().failed(batchId, pages - done);
            } catch (RuntimeException ignored) {
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
        return attempts.previewScore(version.get(), VersionSheets.steps(version.get(), SheetJson.answers(answers), 0L));
    }

    // ---- views ---------------------------------------------------------------------------------

    /** {@code GET /scans/batches/{id}} (api-contract.md) with the progress of the reading. */
    public ScanViews.BatchView batch(Actor viewer, long batchId) {
        ScanRepository.Batch batch = store().batch(batchId).orElseThrow(() -> SittingProblem.notFound(
                "Batch " + batchId));
        requireStaff(sittings.sitting(batch.sittingId()), viewer);
        Map<Long, String> usernames = usernames(batch.sittingId());
        List<ScanViews.SheetLine> sheets = store().sheets(batchId).stream().map(s -> line(s, usernames)).toList();
        String status = batch.status().equals("PROCESSING") ? "PROCESSING" : "DONE";
        return new ScanViews.BatchView(batch.id(), batch.sittingId(), status, batch.status(), batch.pagesDone(),
                batch.pagesTotal(), sheets);
    }

    private static ScanViews.SheetLine line(ScanRepository.Sheet s, Map<Long, String> usernames) {
        return new ScanViews.SheetLine(s.id(), s.page(), s.studentId() == null ? null : usernames.get(s.studentId()),
                s.studentNumber(), s.versionCode(), s.answers(), s.score(), s.status(), s.problems(), s.attemptId());
    }

    /** One sheet for the review screen: the contract's fields, the marks in photo pixels, the corrections. */
    public ScanViews.SheetView sheet(Actor viewer, long sheetId) {
        ScanRepository.Sheet s = loadSheet(viewer, sheetId);
        ScanRepository.Batch batch = store().batch(s.batchId()).orElseThrow();
        // the questions of the sheet's version and their areas, so that the review form offers the right inputs
        Optional<DeliverableVersion> version = s.versionCode() == null ? Optional.empty()
                : paperOf(batch.sittingId()).version(s.versionCode());
        List<ScanViews.QuestionArea> questions = version.map(v -> VersionSheets.layout(v).questions().stream()
                .filter(q -> q.kind() != SheetQuestion.Kind.ESSAY)
                .map(q -> new ScanViews.QuestionArea(q.number(), q.kind().name(), q.choices())).toList())
                .orElse(List.of());
        String studentName = candidates(batch.sittingId()).values().stream()
                .filter(c -> c.studentNumber().equals(s.studentNumber())).findFirst()
                .map(ScanRepository.Candidate::name).orElse(null);
        List<ScanViews.Correction> corrections = store().corrections(subject(sheetId)).stream()
                .map(e -> new ScanViews.Correction(e.event().actor(), e.event().at(), e.event().details())).toList();
        return new ScanViews.SheetView(line(s, usernames(batch.sittingId())), s.batchId(), s.imageWidth(),
                s.imageHeight(), s.marks(), questions, studentName, corrections);
    }

    public byte[] image(Actor viewer, long sheetId) {
        loadSheet(viewer, sheetId);
        return store().image(sheetId).orElseThrow(() -> SittingProblem.notFound("Sheet " + sheetId));
    }

    private ScanRepository.Sheet loadSheet(Actor viewer, long sheetId) {
        ScanRepository.Sheet s = store().sheet(sheetId).orElseThrow(() -> SittingProblem.notFound(
                "Sheet " + sheetId));
        ScanRepository.Batch batch = store().batch(s.batchId()).orElseThrow();
        requireStaff(sittings.sitting(batch.sittingId()), viewer);
        return s;
    }

    static String subject(long sheetId) {
        return "scan-sheet:" + sheetId;
    }

    // ---- corrections and confirmation: ScanReview ----------------------------------------------

    /** {@code PUT /scans/sheets/{id}}: see {@link ScanReview#correct}; the corrected sheet. */
    public ScanViews.SheetView correct(Actor viewer, long sheetId, ScanViews.SheetCorrection body) {
        ScanRepository.Sheet before = loadSheet(viewer, sheetId);
        ScanRepository.Batch batch = store().batch(before.batchId()).orElseThrow();
        new ScanReview(this).correct(viewer, batch, before, body);
        return sheet(viewer, sheetId);
    }

    /** {@code POST /scans/batches/{id}/confirm}: see {@link ScanReview#confirm}. */
    public ScanViews.ConfirmedBatch confirm(Actor viewer, long batchId) {
        ScanRepository.Batch batch = store().batch(batchId).orElseThrow(() -> SittingProblem.notFound(
                "Batch " + batchId));
        requireStaff(sittings.sitting(batch.sittingId()), viewer);
        return new ScanReview(this).confirm(viewer, batch);
    }

    // ---- shared with ScanReview ----------------------------------------------------------------

    ScanRepository storeForReview() {
        return store();
    }

    DeliverablePaper paperOf(long sittingId) {
        return papers.paper(sittings.sitting(sittingId).paperId()).orElseThrow();
    }

    Map<String, ScanRepository.Candidate> candidates(long sittingId) {
        return store().candidates(sittingId);
    }

    Instant now() {
        return backbone.clock().instant();
    }

    BigDecimal previewOf(DeliverablePaper paper, String code, Map<Integer, Object> answers) {
        return preview(paper, code, answers);
    }

    AttemptRef attemptOf(long sittingId, String username) {
        return backbone.sittings().attemptOf(sittingId, username).orElseThrow(() -> SittingProblem.conflict(
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
        if (sittings.isStaffOf(sitting, viewer) || store().teachesSubject(viewer.username(),
                sitting.subjectCode())) {
            return;
        }
        throw SittingProblem.forbidden("FORBIDDEN", "Only the sitting's staff and teachers of its subject scan sheets");
    }
}
