package vn.khaothi.engine.scan;

import static vn.khaothi.itembank.domain.json.Jsonp.JSON;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.imageio.ImageIO;

import vn.khaothi.engine.application.sitting.SittingProblem;
import vn.khaothi.itembank.domain.workflow.Actor;
import vn.khaothi.engine.domain.attempt.AnswerStep;
import vn.khaothi.engine.domain.audit.AuditEvent;
import vn.khaothi.engine.domain.scan.ScanRepository;
import vn.khaothi.engine.application.sitting.AttemptRef;
import vn.khaothi.engine.scan.reader.Problem;
import vn.khaothi.engine.scan.reader.ProblemKind;
import vn.khaothi.engine.scan.reader.SheetReader;
import vn.khaothi.engine.scan.reader.SheetReading;
import vn.khaothi.engine.application.paper.DeliverablePaper;
import vn.khaothi.engine.application.paper.DeliverableVersion;
import vn.khaothi.engine.application.sheet.SheetLayout;
import vn.khaothi.engine.application.sheet.SheetQuestion;

/**
 * The reviewer's two acts on a batch (duyệt phiếu): correcting a sheet — the answers, the số báo danh or the mã
 * đề, always with a reason, kept in the audit trail with the values before and after — and confirming the
 * batch into the sitting's attempts. Both refuse and change nothing when the request does not fit.
 */
final class ScanReview {

    static final String CORRECTED = "SCAN_SHEET_CORRECTED";

    private final ScanService service;
    private final ScanRepository store;

    ScanReview(ScanService service) {
        this.service = service;
        this.store = service.storeForReview();
    }

    void correct(Actor viewer, ScanRepository.Batch batch, ScanRepository.Sheet before, ScanViews.SheetCorrection body) {
        if (batch.status().equals("CONFIRMED")) {
            throw SittingProblem.conflict("BATCH_CONFIRMED", "Đợt chấm đã xác nhận / the batch is already confirmed");
        }
        String reason = body.reason() == null ? "" : body.reason().strip();
        if (reason.isEmpty() || reason.length() > 500) {
            throw SittingProblem.invalid("reason", "Cần ghi lí do sửa (tối đa 500 kí tự) / a reason is required");
        }
        DeliverablePaper paper = service.paperOf(batch.sittingId());
        List<Problem> problems = new ArrayList<>(SheetJson.problemList(before.problems()));
        JsonObject oldAnswers = JSON.createReader(new StringReader(before.answers())).readObject();
        Map<String, JsonValue> answers = new LinkedHashMap<>(oldAnswers);
        String number = before.studentNumber();
        Long studentId = before.studentId();
        String code = before.versionCode();
        String marks = before.marks();
        JsonObjectBuilder was = JSON.createObjectBuilder();
        JsonObjectBuilder now = JSON.createObjectBuilder();

        if (body.setsStudentNumber()) {
            String n = blankless(body.studentNumber());
            ScanRepository.Candidate who = n == null ? null : service.candidates(batch.sittingId()).get(n);
            if (who == null) {
                throw new SittingProblem(SittingProblem.Kind.UNPROCESSABLE, "UNKNOWN_STUDENT",
                        "Số báo danh " + n + " không có trong buổi kiểm tra / not a student of this sitting", null);
            }
            put(was, "studentNumber", number);
            put(now, "studentNumber", n);
            number = n;
            studentId = who.studentId();
            problems.removeIf(p -> p.kind() == ProblemKind.UNKNOWN_STUDENT);
        }
        if (body.setsVersionCode()) {
            String c = blankless(body.versionCode());
            DeliverableVersion version = c == null ? null : paper.version(c).orElse(null);
            if (version == null) {
                throw new SittingProblem(SittingProblem.Kind.UNPROCESSABLE, "UNKNOWN_VERSION",
                        "Mã đề " + c + " không thuộc đề này / not a version of the sitting's paper", null);
            }
            put(was, "versionCode", code);
            put(now, "versionCode", c);
            if (!c.equals(code) || problems.stream().anyMatch(p -> p.kind() == ProblemKind.UNKNOWN_VERSION
                    || p.kind() == ProblemKind.NOT_A_SHEET)) {
                // read the photo again with the version the reviewer names; answers not read stay null
                SheetLayout layout = VersionSheets.layout(version);
                SheetReading again = reread(before.id(), layout);
                problems.removeIf(p -> p.question() != null || p.kind() == ProblemKind.UNKNOWN_VERSION
                        || p.kind() == ProblemKind.NOT_A_SHEET);
                answers.clear();
                for (SheetQuestion q : layout.questions()) {
                    if (q.kind() != SheetQuestion.Kind.ESSAY) {
                        answers.put(Integer.toString(q.number()), JsonValue.NULL);
                    }
                }
                if (again != null && !again.problems().contains(new Problem(null, ProblemKind.NOT_A_SHEET))) {
                    answers.putAll(SheetJson.answers(again.answers()));
                    again.problems().stream().filter(p -> p.question() != null).forEach(problems::add);
                    marks = SheetJson.marks(again.marks()).toString();
                }
                was.add("answers", oldAnswers);
                now.add("answers", JSON.createObjectBuilder(answers).build());
            }
            code = c;
        }
        if (body.setsAnswers()) {
            JsonValue given = body.answers() == null ? JsonValue.NULL
                    : JSON.createReader(new StringReader(body.answers())).readValue();
            if (given.getValueType() != JsonValue.ValueType.OBJECT) {
                throw SittingProblem.invalid("answers", "answers is an object {\"1\":\"B\",…}");
            }
            JsonObject corrected = given.asJsonObject();
            DeliverableVersion version = code == null ? null : paper.version(code).orElse(null);
            if (version == null) {
                throw SittingProblem.conflict("VERSION_FIRST", "Hãy sửa mã đề trước / set the version code first");
            }
            SheetLayout layout = VersionSheets.layout(version);
            JsonObjectBuilder oldValues = JSON.createObjectBuilder();
            for (Map.Entry<String, JsonValue> e : corrected.entrySet()) {
                SheetQuestion q = layout.questions().stream().filter(x -> Integer.toString(x.number())
                        .equals(e.getKey()) && x.kind() != SheetQuestion.Kind.ESSAY).findFirst()
                        .orElseThrow(() -> SittingProblem.invalid("answers", "Câu " + e.getKey()
                                + " không có trên phiếu / question " + e.getKey() + " is not on the sheet"));
                try {
                    VersionSheets.response(version.items().stream().filter(i -> i.position() == q.number())
                            .findFirst().orElseThrow(), q, e.getValue());
                } catch (IllegalArgumentException bad) {
                    throw SittingProblem.invalid("answers." + e.getKey(), bad.getMessage());
                }
                oldValues.add(e.getKey(), answers.getOrDefault(e.getKey(), JsonValue.NULL));
                answers.put(e.getKey(), e.getValue());
                problems.removeIf(p -> p.question() != null && p.question() == q.number());
            }
            was.add("answers", oldValues);
            now.add("answers", corrected);
        }
        String status = SheetJson.status(problems);
        JsonObject answersJson = JSON.createObjectBuilder(answers).build();
        BigDecimal score = code == null || status.equals("REJECTED") ? null
                : service.previewOf(paper, code, SheetJson.answerMap(answersJson));
        ScanRepository.Sheet after = new ScanRepository.Sheet(before.id(), before.batchId(), before.page(), before.imageWidth(),
                before.imageHeight(), number, studentId, code, answersJson.toString(),
                SheetJson.problems(problems).toString(), marks, status, null, score);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("batchId", batch.id());
        details.put("sheetId", before.id());
        details.put("reason", reason);
        details.put("before", was.build().toString());
        details.put("after", now.build().toString());
        store.correct(after, AuditEvent.of(service.now(), viewer.username(), null, CORRECTED,
                ScanService.subject(before.id()), details));
    }

    private SheetReading reread(long sheetId, SheetLayout layout) {
        byte[] jpeg = store.image(sheetId).orElse(new byte[0]);
        if (jpeg.length == 0) {
            return null;
        }
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(jpeg));
            SheetReading r = new SheetReader().read(image, (p, c) -> Optional.of(layout));
            return r.answers().isEmpty() ? null : r;
        } catch (IOException e) {
            return null;
        }
    }

    ScanViews.ConfirmedBatch confirm(Actor viewer, ScanRepository.Batch batch) {
        switch (batch.status()) {
            case "PROCESSING" -> throw SittingProblem.conflict("BATCH_PROCESSING",
                    "Đang đọc phiếu, hãy chờ / the batch is still being read");
            case "CONFIRMED" -> throw SittingProblem.conflict("BATCH_CONFIRMED", "Đợt chấm đã xác nhận / already"
                    + " confirmed");
            case "FAILED" -> throw SittingProblem.conflict("BATCH_FAILED", "Đợt chấm bị lỗi, hãy tải lại / the batch"
                    + " failed; upload it again");
            default -> {
            }
        }
        List<ScanRepository.Sheet> sheets = store.sheets(batch.id());
        List<Long> review = sheets.stream().filter(s -> s.status().equals("NEEDS_REVIEW")).map(ScanRepository.Sheet::id)
                .toList();
        if (!review.isEmpty()) {
            throw new SittingProblem(SittingProblem.Kind.CONFLICT, "SHEETS_NEED_REVIEW", review.size()
                    + " phiếu cần duyệt trước khi xác nhận / sheets need review first", Map.of("sheets", review));
        }
        DeliverablePaper paper = service.paperOf(batch.sittingId());
        Map<Long, String> usernames = new HashMap<>();
        service.candidates(batch.sittingId()).values().forEach(c -> usernames.put(c.studentId(), c.username()));
        Map<Long, Long> seen = new HashMap<>();
        List<ScanRepository.Sheet> read = sheets.stream().filter(s -> s.status().equals("READ")).toList();
        Map<Long, AttemptRef> refs = new LinkedHashMap<>();
        for (ScanRepository.Sheet s : read) {
            Long other = seen.put(s.studentId(), s.id());
            if (other != null) {
                throw new SittingProblem(SittingProblem.Kind.CONFLICT, "DUPLICATE_STUDENT", "Hai phiếu cùng số báo"
                        + " danh " + s.studentNumber() + " / two sheets of one student",
                        Map.of("sheets", List.of(other, s.id())));
            }
            AttemptRef ref = service.attemptOf(batch.sittingId(), usernames.get(s.studentId()));
            if (!ref.status().equals("NOT_STARTED")) {
                throw new SittingProblem(SittingProblem.Kind.CONFLICT, "ATTEMPT_CLOSED", "Bài của "
                        + ref.studentUsername() + " đã có / the student's attempt already exists",
                        Map.of("sheets", List.of(s.id()), "studentId", ref.studentUsername()));
            }
            refs.put(s.id(), ref);
        }
        List<ScanViews.ConfirmedSheet> done = new ArrayList<>();
        for (ScanRepository.Sheet s : read) {
            AttemptRef ref = refs.get(s.id());
            DeliverableVersion version = paper.version(s.versionCode()).orElseThrow();
            Map<Long, AnswerStep> steps = VersionSheets.steps(version,
                    JSON.createReader(new StringReader(s.answers())).readObject(), ref.id());
            store.recordAnswers(ref.id(), version.id(), version.code(), steps.values(), service.now());
            BigDecimal score = service.submitAndScore(ref.id());
            store.updateSheet(new ScanRepository.Sheet(s.id(), s.batchId(), s.page(), s.imageWidth(),
                    s.imageHeight(), s.studentNumber(), s.studentId(), s.versionCode(), s.answers(), s.problems(),
                    s.marks(), s.status(), ref.id(), score));
            done.add(new ScanViews.ConfirmedSheet(s.id(), ref.studentUsername(), ref.id(), score));
        }
        store.confirmed(batch.id(), viewer.username(), service.now());
        return new ScanViews.ConfirmedBatch(batch.id(), read.size(), done);
    }

    /** A text field of a correction, stripped (a value that was not text arrives as null). */
    private static String blankless(String value) {
        return value == null ? null : value.strip();
    }

    private static void put(JsonObjectBuilder b, String key, String value) {
        if (value == null) {
            b.addNull(key);
        } else {
            b.add(key, value);
        }
    }
}
